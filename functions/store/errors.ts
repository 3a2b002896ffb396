/** What the store can refuse. The API maps each to one HTTP status. */

export class CaseNotFoundError extends Error {
  constructor() {
    super('No such case');
    this.name = 'CaseNotFoundError';
  }
}

/** Someone saved the case after it was read: the caller's version is stale (409). */
export class VersionConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super(`The case was changed elsewhere; its version is now ${currentVersion}`);
    this.name = 'VersionConflictError';
  }
}

export class ShareNotFoundError extends Error {
  constructor() {
    super('No such share link');
    this.name = 'ShareNotFoundError';
  }
}
