import { LANGS, type Lang } from '#contracts/languages.ts';

/**
 * The local sign-in's words in the app's three languages (coaches are Finnish and Swedish speakers). Texts marked
 * HTML are trusted constants with markup; anything typed (an address) is escaped by the page before it goes in.
 */
export interface SignInTexts {
  /** HTML: what this sign-in is, and that AWS uses Cognito instead. */
  banner: readonly [string, string];
  emailTitle: string;
  emailHeading: string;
  emailLabel: string;
  /** HTML. */
  emailHint: string;
  emailButton: string;
  cancel: string;
  codeTitle: string;
  codeHeading: string;
  /** HTML; `email` is escaped already. */
  codeHint: (p: { email: string; minutes: number }) => string;
  codeLabel: string;
  codeButton: string;
  restart: string;
  tooMany: (p: { minutes: number }) => string;
  badEmail: string;
  codeExpired: string;
  tooManyWrong: string;
  wrongCode: string;
}

const fi: SignInTexts = {
  banner: [
    '<strong>Paikallisen kehitysympäristön kirjautuminen.</strong> Tämä sivu on olemassa vain <code>npm start</code> -komennolla tällä tietokoneella, jotta tallennettuja tapauksia voi kokeilla ilman AWS:ää. Salasanaa ei ole: kertakäyttöinen koodi näkyy päätteessä, jossa <code>npm start</code> on käynnissä, joten kuka tahansa päätteen näkevä voi kirjautua kenä tahansa kutsuttuna valmentajana.',
    'AWS:ssä valmentajat kirjautuvat Amazon Cognitolla: ylläpitäjän kutsu, salasana ja todennussovellus.',
  ],
  emailTitle: 'Paikallinen kirjautuminen (kehitys)',
  emailHeading: 'Kirjaudu valmentajana',
  emailLabel: 'Kutsutun valmentajan sähköpostiosoite',
  emailHint:
    'Valmentajat kutsutaan komennolla <code>npm run coach -- add &lt;sähköposti&gt;</code>. Kirjautumiskoodi tulee sitten päätteeseen, jossa <code>npm start</code> on käynnissä.',
  emailButton: 'Hae kirjautumiskoodi',
  cancel: 'Peruuta ja palaa laskuriin',
  codeTitle: 'Kirjautumiskoodi',
  codeHeading: 'Kirjoita kirjautumiskoodi',
  codeHint: ({ email, minutes }) =>
    `Jos <strong>${email}</strong> on kutsuttu valmentaja, kahdeksannumeroinen koodi on nyt päätteessä, jossa <code>npm start</code> on käynnissä. Se on voimassa ${minutes} minuuttia.`,
  codeLabel: 'Kirjautumiskoodi',
  codeButton: 'Kirjaudu',
  restart: 'Hae uusi koodi tai käytä toista osoitetta',
  tooMany: ({ minutes }) =>
    `Liian monta kirjautumisyritystä. Odota ${minutes} ${minutes === 1 ? 'minuutti' : 'minuuttia'} ja yritä sitten uudelleen.`,
  badEmail: 'Kirjoita sähköpostiosoite, esimerkiksi valmentaja@example.fi.',
  codeExpired: 'Tämä koodi ei ole enää voimassa. Hae uusi koodi.',
  tooManyWrong: 'Liian monta väärää koodia. Hae uusi koodi.',
  wrongCode: 'Koodi ei ole oikea. Kirjoita uusin koodi päätteestä, jossa npm start on käynnissä.',
};

const sv: SignInTexts = {
  banner: [
    '<strong>Inloggning för lokal utveckling.</strong> Den här sidan finns bara i <code>npm start</code> på den här datorn, för att pröva sparade fall utan AWS. Det finns inget lösenord: en engångskod visas i terminalen där <code>npm start</code> körs, så den som ser terminalen kan logga in som vilken inbjuden coach som helst.',
    'I AWS loggar coacherna in med Amazon Cognito: en inbjudan från en administratör, ett lösenord och en autentiseringsapp.',
  ],
  emailTitle: 'Lokal inloggning (utveckling)',
  emailHeading: 'Logga in som coach',
  emailLabel: 'E-postadress till en inbjuden coach',
  emailHint:
    'Coacher bjuds in med <code>npm run coach -- add &lt;e-post&gt;</code>. Inloggningskoden visas sedan i terminalen där <code>npm start</code> körs.',
  emailButton: 'Få en inloggningskod',
  cancel: 'Avbryt och gå tillbaka till räknaren',
  codeTitle: 'Inloggningskod',
  codeHeading: 'Skriv inloggningskoden',
  codeHint: ({ email, minutes }) =>
    `Om <strong>${email}</strong> är en inbjuden coach finns nu en kod med åtta siffror i terminalen där <code>npm start</code> körs. Den gäller i ${minutes} minuter.`,
  codeLabel: 'Inloggningskod',
  codeButton: 'Logga in',
  restart: 'Få en ny kod eller använd en annan adress',
  tooMany: ({ minutes }) => `För många inloggningsförsök. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök sedan igen.`,
  badEmail: 'Skriv en e-postadress, till exempel coach@example.fi.',
  codeExpired: 'Koden gäller inte längre. Få en ny kod.',
  tooManyWrong: 'För många fel koder. Få en ny kod.',
  wrongCode: 'Koden är fel. Skriv den senaste koden från terminalen där npm start körs.',
};

const en: SignInTexts = {
  banner: [
    '<strong>Local development sign-in.</strong> This page exists only in <code>npm start</code> on this computer, for trying out saved cases without AWS. There is no password: a one-time code appears in the terminal where <code>npm start</code> runs, so whoever can see that terminal can sign in as any invited coach.',
    'In AWS, coaches sign in with Amazon Cognito instead: an invitation from an administrator, a password and an authenticator app.',
  ],
  emailTitle: 'Local development sign-in',
  emailHeading: 'Sign in as a coach',
  emailLabel: 'E-mail address of an invited coach',
  emailHint:
    'Coaches are invited with <code>npm run coach -- add &lt;email&gt;</code>. The sign-in code then appears in the terminal where <code>npm start</code> runs.',
  emailButton: 'Get a sign-in code',
  cancel: 'Cancel and go back to the calculator',
  codeTitle: 'Sign-in code',
  codeHeading: 'Type the sign-in code',
  codeHint: ({ email, minutes }) =>
    `If <strong>${email}</strong> is an invited coach, an eight-digit code is now in the terminal where <code>npm start</code> runs. It is valid for ${minutes} minutes.`,
  codeLabel: 'Sign-in code',
  codeButton: 'Sign in',
  restart: 'Get a new code, or use another address',
  tooMany: ({ minutes }) => `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`,
  badEmail: 'Type an e-mail address, such as coach@example.fi.',
  codeExpired: 'This code is no longer valid. Get a new code.',
  tooManyWrong: 'Too many wrong codes. Get a new code.',
  wrongCode: 'That is not the code. Type the newest code from the terminal where npm start runs.',
};

export const SIGN_IN_TEXTS: Record<Lang, SignInTexts> = { fi, sv, en };

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The sign-in's language: the `lang` parameter the app sends (its own language; Cognito's managed login reads the
 * same parameter), else the browser's Accept-Language (the first of fi, sv, en by preference: "sv-FI" is Swedish),
 * else Finnish, the app's default.
 */
export function signInLang(param: string | null, acceptLanguage: string | undefined): Lang {
  const asked = param?.trim().toLowerCase() ?? '';
  if (isLang(asked)) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...options] = part.trim().toLowerCase().split(';');
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find((v) => v !== undefined);
      return { lang: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), order };
    })
    .filter((l) => l.q > 0 && isLang(l.lang))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const first = ranked[0]?.lang;
  return first !== undefined && isLang(first) ? first : 'fi';
}
