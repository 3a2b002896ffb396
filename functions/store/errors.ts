/** What the store can refuse. The API maps each to one HTTP status. */

export class CaseNotFoundError extends Error {
  constructor() {
    super('No such case');
    this.name = 'CaseNotFoundError';
  }
}

/** Someone saved the case after it was read: the caller's version is stale (409). */
export class VersionConflictError extends Error {
  readonly currentVersion: number;

  constructor(currentVersion: number) {
    super(`The case was changed elsewhere; its version is now ${currentVersion}`);
    this.currentVersion = currentVersion;
    this.name = 'VersionConflictError';
  }
}

export class ShareNotFoundError extends Error {
  constructor() {
    super('No such share link');
    this.name = 'ShareNotFoundError';
  }
}

/** The coach has as many saved cases as one coach may keep (403 with reason caseLimit). */
export class CaseLimitError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`A coach can keep at most ${limit} saved cases`);
    this.limit = limit;
    this.name = 'CaseLimitError';
  }
}

/** The coach has as many working share links as one coach may have (403 with reason shareLimit). */
export class ShareLimitError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`A coach can have at most ${limit} working share links`);
    this.limit = limit;
    this.name = 'ShareLimitError';
  }
}

/** A page cursor of the case list that this store did not make (400 on `cursor`). */
export class InvalidCursorError extends Error {
  constructor() {
    super('Not a cursor of the case list');
    this.name = 'InvalidCursorError';
  }
}
