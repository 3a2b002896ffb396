/**
 * The texts of the coach workspace and of shared links: loaded with the workspace's code, so they are not
 * part of the anonymous calculator's initial download. One typed catalog per language (fi, sv, en): a
 * missing text is a type error, and a test checks that the three have the same keys.
 */
export interface WorkspaceMessages {
  account: {
    navLabel: string;
    myCases: string;
    signedInAs: (p: { email: string }) => string;
    signIn: string;
    signOut: string;
    signedIn: string;
    signInFailed: string;
    signInUnavailable: string;
    sessionEnded: string;
    signInAgain: string;
    signOutUnsavedTitle: string;
    signOutUnsavedBody: (p: { label: string }) => string;
    signOutAnyway: string;
    cancel: string;
  };
  caseBar: {
    newHeading: string;
    newIntro: string;
    openHeading: (p: { label: string }) => string;
    saved: string;
    unsaved: string;
    save: string;
    saveAsNew: string;
    rename: string;
    close: string;
    saving: string;
    savedAs: (p: { label: string }) => string;
    fixFirst: string;
    failed: string;
    /** A coach has as many saved cases as one coach may keep. */
    caseLimit: (p: { max: number }) => string;
    keptUntil: (p: { date: string }) => string;
    closeUnsavedTitle: string;
    closeUnsavedBody: (p: { label: string }) => string;
    closeAnyway: string;
    closed: string;
    notFound: string;
  };
  label: {
    label: string;
    note: string;
    required: string;
    tooLong: (p: { max: number }) => string;
    identityCode: string;
    scenarioIdentityCode: string;
    invalid: string;
  };
  saveDialog: {
    titleNew: string;
    titleCopy: string;
    save: string;
    cancel: string;
    copyName: (p: { label: string }) => string;
  };
  renameDialog: {
    title: string;
    save: string;
    renamed: (p: { label: string }) => string;
  };
  deleteDialog: {
    title: (p: { label: string }) => string;
    body: string;
    confirm: string;
    deleted: (p: { label: string }) => string;
  };
  discardDialog: {
    title: string;
    body: (p: { label: string }) => string;
    confirm: string;
  };
  conflict: {
    title: string;
    body: string;
    reload: string;
    keep: string;
    keepHint: string;
    reloaded: (p: { label: string }) => string;
  };
  cases: {
    heading: string;
    intro: string;
    listLabel: string;
    loading: string;
    failed: string;
    retry: string;
    empty: string;
    signInPrompt: string;
    changed: string;
    keptUntil: string;
    keptUntilValue: (p: { date: string }) => string;
    /** A case whose outcome is different under the rules in use now (GET /v1/cases: outcomeChanged). */
    outcomeChanged: string;
    /** Saved under earlier rules, with the same outcome now. */
    outcomeSame: string;
    changedTag: string;
    /** Saved under earlier rules; whether its outcome changed could not be told. */
    olderRules: string;
    open: string;
    rename: string;
    delete: string;
    current: string;
    opened: (p: { label: string }) => string;
    cannotOpen: string;
    notFound: string;
    changedElsewhere: string;
    failedAction: string;
    newCalculation: string;
  };
  share: {
    heading: (p: { count: number }) => string;
    intro: string;
    warning: string;
    unsavedNote: string;
    create: string;
    created: string;
    linkLabel: (p: { n: number }) => string;
    expires: (p: { date: string }) => string;
    copy: string;
    copied: string;
    copyFailed: string;
    revoke: string;
    revoked: string;
    none: string;
    failed: string;
    /** A coach has as many working share links as one coach may have. */
    limit: (p: { max: number }) => string;
  };
  shared: {
    heading: string;
    readOnly: string;
    caseLabel: (p: { label: string }) => string;
    expires: (p: { date: string }) => string;
    updated: (p: { date: string }) => string;
    loading: string;
    unavailable: string;
    failed: string;
    retry: string;
    reset: string;
    resetDone: string;
  };
  ruleNotice: {
    changed: string;
    same: string;
    unknown: string;
    whatChanged: string;
    status: (p: { scenario: string; benefit: string; saved: string; now: string }) => string;
    amount: (p: { scenario: string; benefit: string; saved: string; now: string }) => string;
    maxHours: (p: { scenario: string; benefit: string; saved: string; now: string }) => string;
    noLimit: string;
    grossIncome: (p: { scenario: string; saved: string; now: string }) => string;
    benefitAdded: (p: { scenario: string; benefit: string }) => string;
    benefitRemoved: (p: { scenario: string; benefit: string }) => string;
    scenarioChanged: (p: { scenario: string }) => string;
    dismiss: string;
  };
  /** What is stored, for who is using the calculator: a signed-in coach, or a client on a coach's share link. */
  privacy: {
    coachNote: string;
    coachShare: string;
    coachFooter: string;
    sharedNote: string;
    sharedShare: string;
    sharedFooter: string;
  };
}
