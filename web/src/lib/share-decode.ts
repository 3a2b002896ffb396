import * as z from 'zod/mini';
import { LANGS, type Lang } from '#contracts/languages.ts';
import { MAX_SCENARIOS, MAX_TIMELINE_MONTHS } from '#contracts/limits.ts';
import { emptyCase, type FormState, type ScenarioForm } from './form.ts';
import { MAX_ONE_OFFS, MAX_STEPS, type PlanForm } from './plan.ts';
import { type SharedState, VERSION } from './share-format.ts';

/**
 * Reading the state of a shared link back (#s=…). Anything that does not match the format exactly is
 * ignored: decodeState returns null and the page says so gently. Loaded only when a link holds a state.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const figure = text(24);
const flag = z.union([z.literal(0), z.literal(1)]);

const Shared: z.ZodMiniType<SharedState> = z.object({
  v: z.literal(VERSION),
  l: z.enum(LANGS as unknown as ['fi', 'sv', 'en']),
  m: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  e: z.optional(
    z.object({
      f: z.optional(flag),
      t: z.optional(z.enum(['f', 'p'])),
      a: figure,
      l: z.optional(figure),
      s: z.optional(figure),
      e: z.optional(figure),
    }),
  ),
  k: z.optional(
    z.object({
      f: z.optional(flag),
      a: z.optional(figure),
      g: z.optional(figure),
      c: z.optional(flag),
      l: z.optional(z.enum(['b', 'i', 'h'])),
      x: z.optional(flag),
      e: z.optional(figure),
    }),
  ),
  d: z.optional(
    z.object({
      b: z.enum(['d', 'a']),
      a: figure,
      h: z.optional(figure),
      e: z.optional(figure),
      s: z.optional(figure),
      f: z.optional(flag),
      u: z.optional(figure),
      q: z.optional(figure),
    }),
  ),
  h: z.optional(z.enum(['s', 'p'])),
  t: z.optional(z.tuple([figure, figure])),
  r: z.optional(z.object({ n: z.optional(text(80)), c: z.optional(z.enum(['l', 'o'])) })),
  b: z.optional(z.int().check(z.minimum(1000), z.maximum(9999))),
  s: z
    .array(z.tuple([text(80), z.enum(['h', 'm']), figure, figure, figure, z.enum(['', '1', '2', '3', '4', '5', '6'])]))
    .check(z.minLength(1), z.maxLength(MAX_SCENARIOS)),
  w: z.optional(figure),
  p: z.optional(
    z.object({
      o: z.optional(flag),
      s: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
      n: z.int().check(z.minimum(1), z.maximum(MAX_TIMELINE_MONTHS)),
      t: z
        .array(z.tuple([z.int().check(z.minimum(0), z.maximum(MAX_TIMELINE_MONTHS - 1)), z.enum(['n', 'h', 'm']), figure, figure]))
        .check(z.minLength(1), z.maxLength(MAX_STEPS)),
      b: z.optional(
        z
          .array(z.tuple([z.enum(['h', 'a']), z.int().check(z.minimum(0), z.maximum(MAX_TIMELINE_MONTHS - 1)), figure]))
          .check(z.maxLength(MAX_ONE_OFFS)),
      ),
    }),
  ),
});

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The state in a fragment, or null when it is missing, damaged or from an unknown version. Never throws. */
export function decodeState(encoded: string): { form: FormState; lang: Lang } | null {
  let data: unknown;
  try {
    if (encoded.length > 8000) return null;
    data = JSON.parse(fromBase64Url(encoded));
  } catch {
    return null;
  }
  const parsed = Shared.safeParse(data);
  if (!parsed.success) return null;
  const d = parsed.data;
  const c = emptyCase(d.m);
  if (d.e)
    c.erp = {
      on: true,
      fixedTerm: d.e.f === undefined ? null : d.e.f === 1,
      type: d.e.t === undefined ? null : d.e.t === 'f' ? 'full' : 'partial',
      monthlyAmount: d.e.a,
      earningsLimit: d.e.l ?? '',
      stabilisedEarnings: d.e.s ?? '',
      endsOn: d.e.e ?? '',
    };
  if (d.k)
    c.kela = {
      on: true,
      fixedTerm: d.k.f === undefined ? null : d.k.f === 1,
      monthlyAmount: d.k.a ?? '',
      guaranteePension: d.k.g ?? '',
      receivesCareAllowance: d.k.c === 1,
      careAllowanceLevel: d.k.c === 1 && d.k.l ? ({ b: 'basic', i: 'increased', h: 'highest' } as const)[d.k.l] : '',
      exemptFromEarningsTest: d.k.x === 1,
      endsOn: d.k.e ?? '',
    };
  if (d.d) {
    c.sickness = {
      on: true,
      basis: d.d.b === 'd' ? 'daily' : 'annual',
      dailyAmount: d.d.b === 'd' ? d.d.a : '',
      annualIncome: d.d.b === 'a' ? d.d.a : '',
      entrepreneurIncome: d.d.b === 'a' ? (d.d.e ?? '') : '',
      entitlementStartDate: d.d.s ?? '',
      fullTimeHoursPerWeek: d.d.h ?? '',
      fullTimeInSector: d.d.f === 1,
      daysUsed: d.d.u ?? '',
      partialDaysUsed: d.d.q ?? '',
    };
  }
  if (d.h) c.household = d.h === 'p' ? 'partner' : 'single';
  if (d.t) c.tax = { ...c.tax, wageWithholdingPercent: d.t[0], benefitWithholdingPercent: d.t[1] };
  if (d.r)
    c.tax = { ...c.tax, municipality: d.r.n ?? '', churchMember: d.r.c !== undefined, church: d.r.c === 'o' ? 'orthodox' : 'lutheran' };
  if (d.b !== undefined) c.birthYear = String(d.b);
  const scenarios: ScenarioForm[] = d.s.map(([label, mode, hours, wage, monthly, days], i) => ({
    id: `s${i + 1}`,
    label,
    mode: mode === 'h' ? 'hours' : 'monthly',
    hoursPerWeek: hours,
    hourlyWage: wage,
    monthlyEarnings: monthly,
    workDaysPerWeek: days,
  }));
  const plan: PlanForm | undefined = d.p && {
    open: d.p.o === 1,
    start: d.p.s,
    length: d.p.n,
    steps: d.p.t.map(([from, mode, a, b]) => ({
      from,
      mode: mode === 'n' ? 'none' : mode === 'h' ? 'hours' : 'monthly',
      hoursPerWeek: mode === 'h' ? a : '',
      hourlyWage: mode === 'h' ? b : '',
      monthlyEarnings: mode === 'm' ? a : '',
    })),
    oneOffs: (d.p.b ?? []).map(([kind, month, amount]) => ({ kind: kind === 'h' ? 'holiday' : 'annual', month, amount })),
  };
  return { form: { case: c, scenarios, chartWage: d.w ?? '', ...(plan ? { plan } : {}) }, lang: d.l };
}
