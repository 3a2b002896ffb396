/**
 * Coach sign-in, as plain data shared by the web app, the local issuer (functions/local) and the CDK stack
 * (infra/auth.ts): the same OAuth 2.0 authorization-code flow with PKCE runs against Cognito's hosted UI in
 * AWS and against the local issuer of `npm start`. The web app reads the endpoints from `GET /config.json`
 * (WebConfig).
 */

/** The web app's page that receives `?code=…&state=…` after sign-in. */
export const REDIRECT_PATH = '/auth/callback';

/** Where the browser lands after signing out. */
export const LOGOUT_REDIRECT_PATH = '/';

/** The scopes the web app asks for (Cognito: openid and email are enough for the API). */
export const OAUTH_SCOPES = ['openid', 'email'] as const;

/** Lifetime of ID and access tokens: Cognito's default, one hour; the local issuer uses the same. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** Lifetime of a refresh token: one working day (8 h), then the coach signs in again. */
export const REFRESH_TOKEN_LIFETIME_SECONDS = 8 * 3600;

/** Where the runtime configuration is served: by the local server, and from the site bucket in AWS. */
export const WEB_CONFIG_PATH = '/config.json';

/** What `GET /config.json` holds. URLs are absolute in AWS and root-relative locally: resolve them with `new URL(url, location.origin)`. */
export interface WebConfig {
  auth: {
    /** `cognito` in AWS; `local` in `npm start` (the web app may say "local sign-in"). */
    provider: 'cognito' | 'local';
    /** The `iss` of the tokens. */
    issuer: string;
    /** The OAuth client id: `client_id` in every request, `aud` of the ID token. */
    clientId: string;
    /** GET, with response_type=code, client_id, redirect_uri, scope, state, code_challenge, code_challenge_method=S256. */
    authorizeUrl: string;
    /** POST application/x-www-form-urlencoded: grant_type=authorization_code (code, redirect_uri, code_verifier) or refresh_token. */
    tokenUrl: string;
    /** POST application/x-www-form-urlencoded: token (a refresh token), client_id. */
    revokeUrl: string;
    /** GET, with client_id and logout_uri (= origin + logoutRedirectPath). */
    logoutUrl: string;
    redirectPath: string;
    logoutRedirectPath: string;
    /** Space-separated, for the `scope` parameter. */
    scope: string;
  };
}

/** The scope parameter the web app sends. */
export const OAUTH_SCOPE = OAUTH_SCOPES.join(' ');
