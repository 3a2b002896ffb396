/**
 * Limits that more than one layer must agree on: the API enforces them, the web app words them, the local
 * server refuses early with them and the OpenAPI document states them.
 */

/** The most bytes a JSON request body may have: a real request is a few kilobytes. Larger ones get a 400. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What API Gateway accepts at most (its own payload limit): larger requests get 413 before any Lambda runs. */
export const API_GATEWAY_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

/** The most work scenarios one calculation compares side by side. */
export const MAX_SCENARIOS = 6;

/** The most months one timeline plans (POST /v1/timelines). */
export const MAX_TIMELINE_MONTHS = 36;

/** A saved case's pseudonymous label: at most this many characters after trimming. */
export const LABEL_MAX_LENGTH = 80;

/** The longest municipality name the API takes (the longest real one is 18 letters). */
export const MUNICIPALITY_NAME_MAX_LENGTH = 60;

/**
 * The most saved cases one coach may keep. An IPS job coach works with about twenty clients at a time and a
 * case is kept a year after its last change, so this leaves room for years of work while stopping a runaway
 * script from filling the table. Saving one more is refused with 403 and `reason: "caseLimit"`.
 */
export const MAX_CASES_PER_COACH = 300;

/**
 * The most share links one coach may have at once, over all their cases; expired and revoked links do not
 * count. One more is refused with 403 and `reason: "shareLimit"`.
 */
export const MAX_SHARE_LINKS_PER_COACH = 200;

/** The case list comes in pages of this many cases unless the request asks for another `limit`. */
export const CASE_PAGE_SIZE = 50;

/** The largest page of the case list a request may ask for. */
export const MAX_CASE_PAGE_SIZE = 100;

/** A saved case expires this many days after its last change, unless the deployment says otherwise. */
export const DEFAULT_CASE_TTL_DAYS = 365;

/** A share link expires this many days after it is made (never after its case), unless the deployment says otherwise. */
export const DEFAULT_SHARE_TTL_DAYS = 30;

/** The most days a case or a link may be kept: ten years, a sanity bound against a typo (3650 for 365). */
export const MAX_TTL_DAYS = 3650;
