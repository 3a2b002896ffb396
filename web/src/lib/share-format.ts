/**
 * The version of the `#s=` fragment's format: written by share.ts, checked by share-decode.ts. Its own
 * module so that the writer and the lazily loaded reader both depend on it, not on each other.
 */
export const VERSION = 1;
