import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';

captureLogs();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const api = readme.slice(readme.indexOf('## API'));

describe('the README’s API example', () => {
  it('is a request the API accepts, and its answer is the one shown', async () => {
    const request = /curl -s http:\/\/localhost:3210\/v1\/calculations [^\n]*? -d '([\s\S]*?)'\n```/.exec(api)?.[1];
    expect(request, 'the curl example in the API section').toBeDefined();
    const answer = await invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body: request! }));
    expect(answer.status).toBe(200);
    const shown = api.slice(api.indexOf('```json'));
    const h10 = answer.json.scenarios[1];
    const pension = h10.benefits[0];
    for (const figure of [
      h10.monthlyEarnings,
      pension.headroom,
      pension.maxHoursPerWeek,
      h10.totals.grossIncome,
      h10.totals.netIncome,
      h10.totals.netChangeFromFirst,
    ]) {
      expect(shown).toContain(`"${figure}"`);
    }
    expect(shown).toContain(`"status": "${pension.status}"`);
  });
});
