/**
 * The response headers CloudFront adds to everything it serves (the web app and the API under /v1).
 * Plain data, no AWS CDK: the local server and browser tests can send the very same headers, so a
 * Content-Security-Policy violation shows up before anything is deployed.
 */

/**
 * Everything from our own origin; no inline script or style, no plugins, no framing, no foreign forms.
 * `connectOrigins` are the only other origins the web app may call with fetch: the sign-in's token
 * endpoint (Cognito's hosted UI domain), which the browser calls directly in the authorization-code flow.
 * Signing in and out are top-level navigations, which CSP does not restrict, so form-action stays 'self'.
 */
export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The policy without any other origin (the local server, tests). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Two years, the value hstspreload.org asks for (at least one year). */
export const HSTS_MAX_AGE_SECONDS = 63_072_000; // 2 × 365 days in seconds

const REFERRER_POLICY = 'no-referrer';

/** Browser features the calculator never uses. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * The headers CloudFront's response headers policy (infra/site.ts) adds, as a plain map: the local server
 * sends the very same ones with the web app. `connectOrigins` as for contentSecurityPolicy(): none locally,
 * where the sign-in is on the app's own origin.
 */
export function securityHeaders(connectOrigins: readonly string[] = []): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(connectOrigins),
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains; preload`,
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The same headers as a plain map, without any other origin (the local server and tests). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = securityHeaders();
