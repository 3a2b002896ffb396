/// <reference types="vite/client" />
/// <reference types="svelte" />

interface ImportMetaEnv {
  /** The API's origin when it is not the app's own (a deployment choice); empty: same origin. */
  readonly VITE_API_BASE?: string;
}
