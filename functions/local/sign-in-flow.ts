import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AuthorizationRequest, authorizationRequest, LOCAL_PATHS } from './authorization-request.ts';
import { findCoach, type InvitedCoach, normaliseEmail } from './coaches.ts';
import { PAGE_HEADERS, readForm, redirect, send } from './http-answers.ts';
import { codePage, errorPage, signInPage } from './sign-in-page.ts';
import { SIGN_IN_TEXTS, signInLang } from './sign-in-texts.ts';
import { createThrottle } from './throttle.ts';
import { randomToken } from './tokens.ts';

/**
 * GET/POST /local/oauth2/authorize: the coach's side of the local sign-in, in two steps as Cognito's hosted
 * UI has (password, then the authenticator app's code):
 *
 *   1. an e-mail address. Every well-formed address gets the same answer, the code page, whether or not it
 *      is invited (as Cognito's preventUserExistenceErrors): the page never tells a caller who is invited.
 *   2. an eight-digit one-time code (as Cognito's e-mail codes), which `npm start` prints in its terminal for an invited address (and, for
 *      another one, a line saying it is not invited). Right code → back to the app with an OAuth code.
 *
 * Throttled: ten codes per address per 15 minutes, five tries per code, 60 sign-in steps a minute in all.
 */

export type SignInMessage = { kind: 'code'; email: string; code: string; minutes: number } | { kind: 'notInvited'; email: string };

const CODE_MINUTES = 5;
const TRIES_PER_CODE = 5;
const CODE_DIGITS = 8;

interface Attempt {
  email: string;
  /** null for an address that is not invited: its code is never shown, so no code is ever right. */
  coach: InvitedCoach | null;
  codeHash: Buffer;
  expiresAt: number;
  triesLeft: number;
  request: AuthorizationRequest;
}

const hash = (code: string) => createHash('sha256').update(code).digest();

export function createSignInFlow(options: {
  dataDir: string;
  now: () => Date;
  issueCode: (coach: InvitedCoach, request: AuthorizationRequest) => string;
  deliver: (message: SignInMessage) => void;
}) {
  const now = () => options.now().getTime();
  const attempts = new Map<string, Attempt>();
  const perAddress = createThrottle({ limit: 10, windowMs: 15 * 60_000, now });
  const overall = createThrottle({ limit: 60, windowMs: 60_000, now });

  async function authorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'POST')
      return send(res, 405, 'Method not allowed', { Allow: 'GET, POST', 'Content-Type': 'text/plain' });
    const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
    const parsed = authorizationRequest(req, params);
    if ('page' in parsed)
      return send(res, 400, errorPage(LOCAL_PATHS.stylesheet, 'This sign-in request cannot be served', parsed.page!), PAGE_HEADERS);
    if ('redirect' in parsed) return redirect(res, parsed.redirect!);
    const { hidden, cancel, request } = parsed;
    // The app's language (its `lang`, carried through the forms), else the browser's.
    const lang = signInLang(params.get('lang'), req.headers['accept-language']);
    const t = SIGN_IN_TEXTS[lang];
    const common = { action: LOCAL_PATHS.authorize, stylesheet: LOCAL_PATHS.stylesheet, hidden, cancelUrl: cancel, lang };
    const restartUrl = `${LOCAL_PATHS.authorize}?${new URLSearchParams(hidden)}`;
    const emailPage = (status: number, extra: { email?: string; error?: string } = {}, headers: Record<string, string> = {}) =>
      send(res, status, signInPage({ ...common, ...extra }), { ...PAGE_HEADERS, ...headers });
    const askCode = (status: number, attemptId: string, email: string, error?: string, headers: Record<string, string> = {}) =>
      send(
        res,
        status,
        codePage({
          ...common,
          hidden: { ...hidden, attempt: attemptId, email },
          email,
          minutes: CODE_MINUTES,
          restartUrl,
          ...(error ? { error } : {}),
        }),
        { ...PAGE_HEADERS, ...headers },
      );
    if (req.method === 'GET') return emailPage(200);

    const tooMany = (retryAfterSeconds: number) => t.tooMany({ minutes: Math.ceil(retryAfterSeconds / 60) });
    const limit = overall.take('all');
    const attemptId = params.get('attempt');

    if (attemptId === null) {
      // Step 1: an address.
      const typed = params.get('email') ?? '';
      if (!limit.ok)
        return emailPage(
          429,
          { email: typed, error: tooMany(limit.retryAfterSeconds) },
          { 'Retry-After': String(limit.retryAfterSeconds) },
        );
      const email = normaliseEmail(typed);
      if (email === null) return emailPage(200, { email: typed, error: t.badEmail });
      const forAddress = perAddress.take(email);
      if (!forAddress.ok) {
        return emailPage(
          429,
          { email: typed, error: tooMany(forAddress.retryAfterSeconds) },
          { 'Retry-After': String(forAddress.retryAfterSeconds) },
        );
      }
      for (const [id, a] of attempts) if (a.email === email) attempts.delete(id);
      const coach = findCoach(options.dataDir, email) ?? null;
      const code = String(randomInt(0, 100_000_000)).padStart(CODE_DIGITS, '0');
      const id = randomToken();
      attempts.set(id, {
        email,
        coach,
        codeHash: hash(coach ? code : randomToken()),
        expiresAt: now() + CODE_MINUTES * 60_000,
        triesLeft: TRIES_PER_CODE,
        request,
      });
      options.deliver(coach ? { kind: 'code', email, code, minutes: CODE_MINUTES } : { kind: 'notInvited', email });
      return askCode(200, id, email);
    }

    // Step 2: the code.
    const shownEmail = params.get('email') ?? '';
    if (!limit.ok)
      return askCode(429, attemptId, shownEmail, tooMany(limit.retryAfterSeconds), { 'Retry-After': String(limit.retryAfterSeconds) });
    const attempt = attempts.get(attemptId);
    if (!attempt || attempt.expiresAt <= now()) {
      attempts.delete(attemptId);
      return askCode(200, attemptId, shownEmail, t.codeExpired);
    }
    attempt.triesLeft -= 1;
    const typed = (params.get('code') ?? '').replace(/\s/g, '');
    const right = typed.length === CODE_DIGITS && /^\d+$/.test(typed) && timingSafeEqual(hash(typed), attempt.codeHash);
    const coach = right && attempt.coach ? findCoach(options.dataDir, attempt.email) : undefined;
    if (!coach || coach.sub !== attempt.coach?.sub) {
      if (attempt.triesLeft <= 0) {
        attempts.delete(attemptId);
        return askCode(200, attemptId, shownEmail, t.tooManyWrong);
      }
      return askCode(200, attemptId, shownEmail, t.wrongCode);
    }
    attempts.delete(attemptId);
    const back = new URL(attempt.request.redirectUri);
    back.searchParams.set('code', options.issueCode(coach, attempt.request));
    if (attempt.request.state !== null) back.searchParams.set('state', attempt.request.state);
    return redirect(res, back.toString());
  }

  return {
    authorize,
    /** Expired sign-in attempts are dropped as requests come in. */
    sweep(): void {
      const at = now();
      for (const [k, v] of attempts) if (v.expiresAt <= at) attempts.delete(k);
    },
  };
}
