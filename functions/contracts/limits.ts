/**
 * Limits that more than one layer must agree on: the API enforces them, the web app words them, the local
 * server refuses early with them and the OpenAPI document states them.
 */

/** The most bytes a JSON request body may have: a real request is a few kilobytes. Larger ones get a 400. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What API Gateway accepts at most (its own payload limit): larger requests get 413 before any Lambda runs. */
export const API_GATEWAY_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

/** A saved case's pseudonymous label: at most this many characters after trimming. */
export const LABEL_MAX_LENGTH = 80;
