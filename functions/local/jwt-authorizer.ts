import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

/**
 * What API Gateway's JWT authorizer does before a coach route's Lambda runs, for the local server:
 * the token comes from the Authorization header (a "Bearer " prefix is dropped); it must be a JWT signed
 * with RS256 by a key of the issuer's JWKS (matched by `kid`), from the configured issuer, not expired,
 * not used before `nbf`, issued (`iat`) in the past, and meant for one of the audiences: its `aud` (ID
 * token) or `client_id` (Cognito access token). Then the claims are handed to the Lambda as strings in
 * requestContext.authorizer.jwt.claims, the scopes in .scopes. Anything else: 401, and no Lambda runs.
 */

export interface JwtAuthorizerConfig {
  issuer: string;
  /** Cognito: the app client ids. */
  audience: readonly string[];
  jwks: JWTVerifyGetKey;
  /** The clock, for tests. */
  now?: () => Date;
}

interface JwtAuthorization {
  claims: Record<string, string>;
  scopes: string[] | null;
}

export type AuthorizerResult = { ok: true; authorization: JwtAuthorization } | { ok: false; reason: string };

/** API Gateway hands claims on as strings; an array claim reads like "[a b]". */
function asClaimString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(asClaimString).join(' ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function audienceMatches(payload: JWTPayload, audience: readonly string[]): boolean {
  const aud = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const clientId = (payload as { client_id?: unknown }).client_id;
  return aud.some((a) => audience.includes(a)) || (typeof clientId === 'string' && audience.includes(clientId));
}

export async function authorizeJwt(authorizationHeader: string | undefined, config: JwtAuthorizerConfig): Promise<AuthorizerResult> {
  if (authorizationHeader === undefined || authorizationHeader.trim() === '') return { ok: false, reason: 'no token' };
  const token = authorizationHeader.trim().replace(/^Bearer\s+/i, '');
  const currentDate = config.now?.() ?? new Date();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, config.jwks, {
      issuer: config.issuer,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
      currentDate,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'the token has expired' };
    if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: `the token's ${error.claim} claim is not accepted` };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'the token is not signed by the issuer' };
    if (error instanceof errors.JWKSNoMatchingKey) return { ok: false, reason: 'the token is signed with an unknown key' };
    return { ok: false, reason: 'the token is malformed' };
  }
  if (typeof payload.iat === 'number' && payload.iat > currentDate.getTime() / 1000)
    return { ok: false, reason: 'the token is issued in the future' };
  if (!audienceMatches(payload, config.audience)) return { ok: false, reason: 'the token is for another client' };
  const claims = Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, asClaimString(v)]));
  const scope = (payload as { scope?: unknown }).scope;
  return { ok: true, authorization: { claims, scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : null } };
}
