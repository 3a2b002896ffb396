import { describe, expect, it } from 'vitest';
import { base64Url, randomToken, s256, sameState, startPkce } from '../../web/src/lib/pkce.ts';

describe('PKCE and state (RFC 7636)', () => {
  it('S256 of the RFC’s example verifier is the RFC’s challenge', async () => {
    // RFC 7636, appendix B.
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('a verifier is 43 unreserved characters from 32 random bytes, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => randomToken()));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('base64url has no padding and no + or /', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });

  it('startPkce gives a verifier, its challenge and a separate state', async () => {
    const { verifier, challenge, state } = await startPkce();
    expect(challenge).toBe(await s256(verifier));
    expect(state).not.toBe(verifier);
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ['the same state', 'abc', 'abc', true],
    ['another state', 'abc', 'abd', false],
    ['a shorter one', 'abc', 'ab', false],
    ['none came back', 'abc', null, false],
    ['none was sent', null, 'abc', false],
    ['both empty', '', '', false],
  ])('state check: %s', (_name, expected, received, ok) => {
    expect(sameState(expected, received)).toBe(ok);
  });
});
