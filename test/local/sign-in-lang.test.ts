import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebConfig } from '../../functions/contracts/sign-in.ts';
import { inviteCoach } from '../../functions/local/coaches.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { signInLang } from '../../functions/local/sign-in-texts.ts';
import { captureLogs } from '../api/events.ts';
import { attemptOf, authorizeParams, pkce, signInCodes, webConfig } from '../api/sign-in.ts';

/**
 * The local sign-in speaks the coach's language: the app's `lang` (which it sends with the sign-in, as Cognito's
 * managed login reads it), else the browser's Accept-Language, else Finnish. Every step and every message follows.
 */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-sign-in-lang-'));
let server: LocalServer;
let base = '';
let auth: WebConfig['auth'];

beforeAll(async () => {
  const dataDir = join(tmp, 'data');
  inviteCoach(dataDir, 'coach@example.fi');
  server = await startServer({ port: 0, dataDir, webDir: join(tmp, 'no-web'), signInMessages: signInCodes.deliver });
  base = server.url;
  auth = await webConfig(base);
});
afterAll(async () => {
  await server?.close();
  logs.restore();
  rmSync(tmp, { recursive: true, force: true });
});

/** The authorize parameters with the app's `lang` as given (none when null). */
function params(lang: string | null): URLSearchParams {
  const p = authorizeParams(base, auth, pkce().challenge);
  if (lang === null) p.delete('lang');
  else p.set('lang', lang);
  return p;
}

async function page(lang: string | null, acceptLanguage?: string): Promise<string> {
  const answer = await fetch(`${base}${auth.authorizeUrl}?${params(lang)}`, {
    headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
  });
  expect(answer.status).toBe(200);
  return answer.text();
}

async function post(form: URLSearchParams): Promise<string> {
  const answer = await fetch(new URL(auth.authorizeUrl, base), { method: 'POST', body: form, redirect: 'manual' });
  expect(answer.status).toBe(200);
  return answer.text();
}

describe('which language', () => {
  it.each([
    [null, undefined, 'fi'],
    [null, '*', 'fi'],
    [null, 'sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    [null, 'en-GB,en;q=0.9', 'en'],
    [null, 'de-DE, en;q=0.5, fi;q=0.7', 'fi'],
    [null, 'de, sv;q=0', 'fi'],
    ['sv', 'en-GB', 'sv'],
    ['EN', 'fi-FI', 'en'],
    ['de', 'sv-FI', 'sv'],
    ['', undefined, 'fi'],
  ])('lang %j with Accept-Language %j: %s', (lang, acceptLanguage, expected) => {
    expect(signInLang(lang, acceptLanguage)).toBe(expected);
  });
});

describe('the pages', () => {
  it('without a lang or a browser language, in Finnish (the app’s default)', async () => {
    const html = await page(null, '*');
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('<h1>Kirjaudu valmentajana</h1>');
    expect(html).toContain('<label for="email">Kutsutun valmentajan sähköpostiosoite</label>');
    expect(html).toContain('Paikallisen kehitysympäristön kirjautuminen.');
    expect(html).not.toContain('Sign in');
  });

  it('from the browser’s Accept-Language when the app sends none (sv-FI: Swedish)', async () => {
    const html = await page(null, 'sv-FI,sv;q=0.9');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Logga in som coach</h1>');
    expect(html).toContain('Avbryt och gå tillbaka till räknaren');
  });

  it('the app’s lang wins over the browser’s, and is carried to the code page, its links and its messages (Swedish)', async () => {
    const first = await page('sv', 'en-GB');
    expect(first).toContain('<html lang="sv">');
    expect(first).toContain('<input type="hidden" name="lang" value="sv">');
    // A malformed address: the message in Swedish.
    const form = params('sv');
    form.set('email', 'not an address');
    expect(await post(form)).toContain('Skriv en e-postadress, till exempel coach@example.fi.');
    // The address: the code page in Swedish, with the address in its words.
    form.set('email', 'coach@example.fi');
    const codePage = await post(form);
    expect(codePage).toContain('<h1>Skriv inloggningskoden</h1>');
    expect(codePage).toContain('Om <strong>coach@example.fi</strong> är en inbjuden coach finns nu en kod med åtta siffror');
    expect(codePage).toContain('Den gäller i 5 minuter.');
    expect(codePage).toMatch(/<a href="[^"]*lang=sv[^"]*">Få en ny kod eller använd en annan adress<\/a>/);
    // A wrong code: the message in Swedish.
    form.set('attempt', attemptOf(codePage));
    form.set('code', signInCodes.codeFor('coach@example.fi') === '11111111' ? '22222222' : '11111111');
    expect(await post(form)).toContain('Koden är fel. Skriv den senaste koden från terminalen där npm start körs.');
  });

  it('a wrong code in Finnish, and an address the page shows escaped', async () => {
    const form = params('fi');
    form.set('email', 'coach@example.fi');
    const codePage = await post(form);
    expect(codePage).toContain('Jos <strong>coach@example.fi</strong> on kutsuttu valmentaja, kahdeksannumeroinen koodi');
    form.set('attempt', attemptOf(codePage));
    form.set('code', '0000000');
    expect(await post(form)).toContain('Koodi ei ole oikea.');
    // A lang the app does not have is never echoed: the browser's language (or Finnish) instead.
    const odd = await page('"><script>', 'en-GB');
    expect(odd).toContain('<html lang="en">');
    expect(odd).toContain('name="lang" value="&quot;&gt;&lt;script&gt;"');
    expect(odd).not.toContain('<script>');
  });
});
