import type { Lang } from '#contracts/languages.ts';
import { SIGN_IN_TEXTS, type SignInTexts } from './sign-in-texts.ts';

/**
 * The local sign-in's pages (`npm start` only): an invited coach's e-mail address, then the one-time code
 * that `npm start` prints in its terminal, under a banner that says what this sign-in is, in the app's language
 * (sign-in-texts.ts). Plain HTML, no script; the stylesheet is a file so the pages' CSP allows no inline code.
 */

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const SIGN_IN_CSS = `body{font-family:system-ui,sans-serif;line-height:1.45;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{border:3px solid #8a4b00;background:#fff4e0;padding:.75rem 1rem;border-radius:.25rem}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:2px solid #555;border-radius:.25rem}
input:focus,button:focus,a:focus{outline:3px solid #0b57d0;outline-offset:2px}
[aria-invalid=true]{border-color:#b00020}
.error{color:#b00020;font-weight:600}
.hint{color:#444;font-size:.95rem}
button{font:inherit;margin-top:1rem;padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#0b57d0;color:#fff;cursor:pointer}
code{background:#f1f1f1;padding:0 .25rem}
`;

export interface SignInPageOptions {
  action: string;
  stylesheet: string;
  /** The OAuth parameters to carry through the form. */
  hidden: Record<string, string>;
  email?: string;
  error?: string;
  cancelUrl?: string;
  lang: Lang;
}

const head = (t: SignInTexts, lang: Lang, title: string, stylesheet: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Työ &amp; etuudet</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<main>
<div class="banner" role="note">
<p>${t.banner[0]}</p>
<p>${t.banner[1]}</p>
</div>
`;

const hiddenFields = (hidden: Record<string, string>) =>
  Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');

const cancel = (t: SignInTexts, url: string | undefined) => (url ? `<p><a href="${escapeHtml(url)}">${t.cancel}</a></p>\n` : '');

/** Step 1: the e-mail address. The answer is the same whether or not the address is invited. */
export function signInPage(o: SignInPageOptions): string {
  const t = SIGN_IN_TEXTS[o.lang];
  const described = ['email-hint', ...(o.error ? ['email-error'] : [])].join(' ');
  return `${head(t, o.lang, t.emailTitle, o.stylesheet)}<h1>${t.emailHeading}</h1>
${o.error ? `<p id="email-error" class="error" role="alert">${escapeHtml(o.error)}</p>\n` : ''}<form method="post" action="${escapeHtml(o.action)}">
${hiddenFields(o.hidden)}
<label for="email">${t.emailLabel}</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(o.email ?? '')}" aria-describedby="${described}"${o.error ? ' aria-invalid="true"' : ''}>
<p id="email-hint" class="hint">${t.emailHint}</p>
<button type="submit">${t.emailButton}</button>
</form>
${cancel(t, o.cancelUrl)}</main>
</body>
</html>
`;
}

export interface CodePageOptions extends SignInPageOptions {
  email: string;
  /** Minutes the code is valid. */
  minutes: number;
  /** Where to start again (a new code, another address). */
  restartUrl: string;
}

/** Step 2: the one-time code from the terminal. */
export function codePage(o: CodePageOptions): string {
  const t = SIGN_IN_TEXTS[o.lang];
  const described = ['code-hint', ...(o.error ? ['code-error'] : [])].join(' ');
  return `${head(t, o.lang, t.codeTitle, o.stylesheet)}<h1>${t.codeHeading}</h1>
<p id="code-hint">${t.codeHint({ email: escapeHtml(o.email), minutes: o.minutes })}</p>
${o.error ? `<p id="code-error" class="error" role="alert">${escapeHtml(o.error)}</p>\n` : ''}<form method="post" action="${escapeHtml(o.action)}">
${hiddenFields(o.hidden)}
<label for="code">${t.codeLabel}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{8}" maxlength="8" required aria-describedby="${described}"${o.error ? ' aria-invalid="true"' : ''}>
<button type="submit">${t.codeButton}</button>
</form>
<p><a href="${escapeHtml(o.restartUrl)}">${t.restart}</a></p>
${cancel(t, o.cancelUrl)}</main>
</body>
</html>
`;
}

/** A page for requests that cannot go back to the app (unknown client, a redirect_uri not allowed): for the developer, in English. */
export function errorPage(stylesheet: string, title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – local sign-in</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="error">${escapeHtml(message)}</p>
</main>
</body>
</html>
`;
}
