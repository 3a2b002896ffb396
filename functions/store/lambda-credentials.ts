import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * What the Lambda bundles get in place of `@aws-sdk/credential-provider-node`, the SDK's default credential
 * chain (infra/bundling.ts aliases the package to this file): the environment's credentials only.
 *
 * The client is given `credentials: fromEnv()` (client.ts), so the default chain is never called; but the
 * DynamoDB client's runtime config imports it, and with it the SSO, ini-file, process, web-identity and
 * instance-metadata providers and the STS and SSO clients they use: about 135 kB, a fifth of a case route's
 * bundle, parsed on every cold start. A Lambda's role credentials are always in AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (the chain's first step), so nothing is lost. Locally and in
 * the tests the SDK's own chain stays (no alias).
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
