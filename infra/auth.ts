import { Aws, Duration, Fn, Lazy, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  LOGOUT_REDIRECT_PATH,
  OAUTH_SCOPES,
  REDIRECT_PATH,
  REFRESH_TOKEN_LIFETIME_SECONDS,
  TOKEN_LIFETIME_SECONDS,
  type WebConfig,
} from '../functions/contracts/sign-in.ts';

/** Coaches' passwords: long, of every kind of character; a first password from an invitation lasts 3 days. */
const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  tempPasswordValidity: Duration.days(3),
} as const;

/** Cognito's rules for a hosted UI domain prefix (and its reserved words). */
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED = /aws|amazon|cognito/;

function checkDomainPrefix(prefix: string): string {
  if (!DOMAIN_PREFIX.test(prefix) || RESERVED.test(prefix)) {
    throw new Error(`authDomainPrefix "${prefix}" must be 1–63 lowercase letters, digits or hyphens, without "aws", "amazon" or "cognito"`);
  }
  return prefix;
}

export interface CoachAuthProps {
  /**
   * The hosted UI's domain prefix (`<prefix>.auth.<region>.amazoncognito.com`), unique in the region.
   * Default: the stack name and the first part of the stack's id, e.g. `tyojaetuudet-1a2b3c4d`.
   */
  readonly domainPrefix?: string;
  /**
   * Threat protection (compromised credentials, adaptive authentication): needs Cognito's Plus plan, billed
   * per monthly active user. Off by default (the Essentials plan).
   */
  readonly threatProtection?: boolean;
}

/**
 * Coach sign-in: a Cognito user pool of coaches invited by an administrator (no self sign-up), signing in
 * by e-mail with a strong password and a required authenticator app (TOTP), through the hosted UI with the
 * authorization-code flow and PKCE; and the HTTP API's JWT authorizer that checks their tokens.
 *
 * MFA is required, not optional: one coach account opens many clients' health and income data, and TOTP
 * costs nothing (SMS would cost per message and can be intercepted). The hosted UI enrols the authenticator
 * app at the first sign-in.
 */
export class CoachAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly authorizer: HttpUserPoolAuthorizer;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`: the hosted UI, and the token endpoint's origin. */
  readonly hostedUiOrigin: string;
  private readonly siteUrls: string[] = [];

  constructor(scope: Construct, id: string, props: CoachAuthProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    const siteUrls = () => {
      if (this.siteUrls.length === 0) throw new Error('CoachAuth: call allowSite(url) with the site URL');
      return this.siteUrls;
    };

    this.userPool = new UserPool(this, 'Coaches', {
      userPoolName: `${stack.stackName}-coaches`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: PASSWORD_POLICY,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: 'Työ & etuudet: kutsu valmentajaksi / invitation for coaches',
        emailBody: Lazy.string({
          produce: () =>
            `Sinut on kutsuttu Työ & etuudet -laskurin valmentajaksi. / You have been invited to Työ & etuudet as a coach.<br><br>` +
            `Käyttäjätunnus / username: {username}<br>Tilapäinen salasana / temporary password: {####}<br><br>` +
            `Kirjaudu / sign in: ${siteUrls()[0]}`,
        }),
      },
      featurePlan: props.threatProtection ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(props.threatProtection ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      // The pool holds the coaches' identities; their saved cases are filed under each coach's `sub`, which a
      // new pool would not give back. Kept when the stack is deleted, and protected from deletion.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!props.threatProtection) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Essentials plan by default: threat protection (compromised-password checks, adaptive sign-in) needs the Plus ' +
          'plan, billed for every monthly active coach with no free tier. Sign-in already requires a 12-character password ' +
          'and an authenticator app, and reveals no unknown users. -c threatProtection=true turns it on.',
      });
    }

    const prefix = props.domainPrefix
      ? checkDomainPrefix(props.domainPrefix)
      : `${stackSlug(stack.stackName)}-${Fn.select(0, Fn.split('-', Fn.select(2, Fn.split('/', Aws.STACK_ID))))}`;
    this.domain = this.userPool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: prefix } });
    // What domain.baseUrl() gives, but from the prefix itself rather than a reference to the domain resource:
    // the site's CSP names this origin, and the user pool's invitation names the site, so a reference would
    // make a dependency cycle (pool → site → CSP → domain → pool).
    this.hostedUiOrigin = `https://${prefix}.auth.${stack.region}.amazoncognito.com`;

    this.client = this.userPool.addClient('WebApp', {
      userPoolClientName: 'web-app',
      // A public client in the browser: no secret, the authorization-code grant (Cognito checks PKCE when the
      // request carries a code_challenge; the web app always sends one).
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: OAUTH_SCOPES.map((s) => (s === 'openid' ? OAuthScope.OPENID : OAuthScope.EMAIL)),
        callbackUrls: Lazy.list({ produce: () => siteUrls().map((url) => `${url}${REDIRECT_PATH}`) }),
        logoutUrls: Lazy.list({ produce: () => siteUrls().map((url) => `${url}${LOGOUT_REDIRECT_PATH}`) }),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.seconds(TOKEN_LIFETIME_SECONDS),
      idTokenValidity: Duration.seconds(TOKEN_LIFETIME_SECONDS),
      refreshTokenValidity: Duration.seconds(REFRESH_TOKEN_LIFETIME_SECONDS),
      enableTokenRevocation: true,
    });

    this.authorizer = new HttpUserPoolAuthorizer('CoachAuthorizer', this.userPool, {
      userPoolClients: [this.client],
      authorizerName: 'coach',
      identitySource: ['$request.header.Authorization'],
    });
  }

  /** The site the web app runs on (e.g. `https://laskuri.example.fi`): its callback and sign-out URLs. */
  allowSite(url: string): void {
    this.siteUrls.push(url.replace(/\/$/, ''));
  }

  /** What the web app reads from /config.json in AWS. */
  webConfig(): WebConfig {
    return {
      auth: {
        provider: 'cognito',
        // The tokens' `iss` (the ProviderURL attribute lacks the scheme).
        issuer: `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`,
        clientId: this.client.userPoolClientId,
        authorizeUrl: `${this.hostedUiOrigin}/oauth2/authorize`,
        tokenUrl: `${this.hostedUiOrigin}/oauth2/token`,
        revokeUrl: `${this.hostedUiOrigin}/oauth2/revoke`,
        logoutUrl: `${this.hostedUiOrigin}/logout`,
        redirectPath: REDIRECT_PATH,
        logoutRedirectPath: LOGOUT_REDIRECT_PATH,
        scope: OAUTH_SCOPES.join(' '),
      },
    };
  }
}

/** A domain-prefix-safe form of the stack name: `TyoJaEtuudet` → `tyojaetuudet`. */
function stackSlug(stackName: string): string {
  if (Token.isUnresolved(stackName)) return 'tyo-ja-etuudet';
  const slug = stackName
    .toLowerCase()
    .replace(/aws|amazon|cognito/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'tyo-ja-etuudet' : slug;
}
