import type { Lang } from '#contracts/languages.ts';
import { i18n } from '../i18n/index.svelte.ts';
import { en } from '../i18n/workspace/en.ts';
import { fi } from '../i18n/workspace/fi.ts';
import { sv } from '../i18n/workspace/sv.ts';
import type { WorkspaceMessages } from '../i18n/workspace/types.ts';
import { Auth } from '../lib/auth.ts';
import { SignInError } from '../lib/auth-settings.ts';
import type { CalculatorState } from '../lib/calculator.svelte.ts';
import { CaseApiError, type CaseErrorKind, CasesApi } from '../lib/cases-api.ts';
import { sessionStore } from '../lib/coach-entry.ts';

/**
 * A coach's session in this tab, without a DOM: signing in (away to the sign-in page and back), who is
 * signed in, and whether the session still works (a refused token makes it `expired`: sign in again,
 * nothing on screen is lost). The workspace (workspace.svelte.ts) builds the cases on top of it.
 */

const CATALOGS: Record<Lang, WorkspaceMessages> = { fi, sv, en };

export type Session = 'signedOut' | 'signedIn' | 'expired';

export interface WorkspaceOptions {
  calc: CalculatorState;
  origin?: string;
  storage?: Storage | null;
  fetch?: typeof fetch;
  auth?: Auth;
  api?: CasesApi;
  /** Leaves the app for the sign-in or sign-out page. */
  go?: (url: string) => void;
  /** Where the coach is now (path and fragment), to come back to after signing in. */
  here?: () => string;
}

export class CoachSession {
  readonly calc: CalculatorState;
  readonly auth: Auth;
  readonly api: CasesApi;
  readonly origin: string;
  protected readonly storage: Storage | null;
  protected readonly fetch: typeof fetch;
  readonly #go: (url: string) => void;
  readonly #here: () => string;

  session = $state<Session>('signedOut');
  email = $state<string | null>(null);
  /** Why the last sign-in did not work, for the header. */
  signInProblem = $state<'failed' | 'unavailable' | null>(null);

  /** The workspace's texts in the chosen language. */
  w: WorkspaceMessages = $derived(CATALOGS[i18n.lang]);

  constructor(options: WorkspaceOptions) {
    this.calc = options.calc;
    this.origin = options.origin ?? location.origin;
    this.storage = options.storage === undefined ? sessionStore() : options.storage;
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.auth = options.auth ?? new Auth({ origin: this.origin, storage: this.storage, fetch: this.fetch });
    this.api = options.api ?? new CasesApi(this.auth, this.fetch);
    this.#go = options.go ?? ((url) => location.assign(url));
    this.#here = options.here ?? (() => `${location.pathname}${location.hash}`);
    if (this.auth.signedIn()) {
      this.session = 'signedIn';
      this.email = this.auth.email();
    }
  }

  /** Sends the browser to the sign-in; the address now (with the unsaved input in its fragment) is where it comes back. */
  async signIn(returnTo: string = this.#here()): Promise<void> {
    this.signInProblem = null;
    try {
      this.#go(await this.auth.signInUrl(returnTo, i18n.lang));
    } catch {
      this.signInProblem = 'unavailable';
    }
  }

  /** On the callback page: finishes the sign-in. Always says where to go back to. */
  async completeSignIn(search: string): Promise<{ ok: boolean; returnTo: string }> {
    try {
      const returnTo = await this.auth.completeSignIn(search);
      this.session = 'signedIn';
      this.email = this.auth.email();
      this.signInProblem = null;
      return { ok: true, returnTo };
    } catch (error) {
      this.signInProblem = error instanceof SignInError && error.reason === 'unavailable' ? 'unavailable' : 'failed';
      return { ok: false, returnTo: error instanceof SignInError ? error.returnTo : '/' };
    }
  }

  /** Forgets the tokens, revokes the refresh token and leaves through the sign-out page. */
  async signOut(): Promise<void> {
    const url = await this.auth.signOut();
    this.session = 'signedOut';
    this.email = null;
    if (url) this.#go(url);
  }

  /** What went wrong with a request to the case routes; a refused sign-in ends the session. */
  protected failure(error: unknown): CaseErrorKind {
    if (!(error instanceof CaseApiError)) return 'network';
    if (error.kind === 'signIn') this.session = 'expired';
    return error.kind;
  }
}
