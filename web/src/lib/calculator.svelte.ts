import type { CalculationRequestInput } from '#core/request.ts';
import type { CalculationResult, SweepResult } from '#core/result.ts';
import { i18n } from '../i18n/index.svelte.ts';
import type { Messages } from '../i18n/types.ts';
import { ApiError, calculate, type Fetch, sweep } from './api.ts';
import { addScenario, copyScenario, type FormState, formatTyped, initialForm, removeScenario, scenarioName } from './form.ts';
import { errorsFrom, type FieldError, type Issue, sortErrors, type Validation } from './validation.ts';

/** How long typing may pause before the results are asked for. */
const DEBOUNCE_MS = 250;

/**
 * The form's checks (validate.ts) hold the API's schemas, most of the form's code: they load just after the
 * first paint, within the first debounce, and until then the form is neither checked nor sent.
 */
type Checks = typeof import('./validate.ts');
let checks = $state.raw<Checks | null>(null);
let loadingChecks: Promise<Checks> | null = null;

/** Loads the checks once (and again after a failed load). Resolves when the form can be checked. */
export function loadChecks(): Promise<Checks> {
  loadingChecks ??= import('./validate.ts').then(
    (module) => (checks = module),
    (error: unknown) => {
      loadingChecks = null;
      throw error;
    },
  );
  return loadingChecks;
}

/**
 * Until the checks have loaded: what they say about a form without a benefit (the page's first state), so the
 * first paint shows what it will show after; a form with a benefit is not sent before it has been checked.
 */
function unchecked(form: FormState, m: Messages): Validation {
  if (form.case.erp.on || form.case.kela.on || form.case.sickness.on) return { request: null, errors: {}, list: [] };
  const message = m.errors.benefitRequired;
  return { request: null, errors: { benefits: message }, list: [{ field: 'benefits', message }] };
}

/**
 * The calculator's state: the form, which fields the user has left, the latest results and the chart's
 * sweep. Validation is derived from the form; the API is asked (debounced) by `refresh`, which the page
 * calls from an effect. Works without a DOM, so it is tested as plain TypeScript.
 */
export class CalculatorState {
  form = $state<FormState>(initialForm());

  constructor() {
    loadChecks().catch(() => undefined);
  }
  /** Fields the user has left at least once: only their errors are shown beside them. */
  touched = $state<Record<string, true>>({});
  /** Show every error (after "show results", a link, or following the error summary). */
  showAll = $state(false);

  validation = $derived(checks ? checks.validate(this.form, i18n.m, i18n.f) : unchecked(this.form, i18n.m));
  request = $derived(this.validation.request);
  requestKey = $derived(this.request ? JSON.stringify(this.request) : '');
  sweepCheck = $derived(checks ? checks.validateSweep(this.form, i18n.m, i18n.f) : { request: null, error: null });
  sweepKey = $derived(this.request && this.sweepCheck.request ? JSON.stringify(this.sweepCheck.request) : '');

  result = $state.raw<CalculationResult | null>(null);
  resultKey = $state('');
  sweep = $state.raw<SweepResult | null>(null);
  sweepResultKey = $state('');
  /** The server's 400 issues for the current request (rare: the schema here is the same). */
  serverIssues = $state.raw<Issue[]>([]);
  failed = $state(false);
  sweepFailed = $state(false);
  busy = $state(false);
  /** Bumped when a new result arrives, for the live announcement. */
  revision = $state(0);

  /** Every problem, in form order: the schema's here and the server's. */
  errors: FieldError[] = $derived.by(() => {
    const server = errorsFrom(this.serverIssues, this.form, i18n.m, i18n.f).list;
    return sortErrors([...this.validation.list, ...server.filter((s) => !(s.field in this.validation.errors))], this.form);
  });

  /** The error shown beside a field: only once the user has left it, or when all are shown. */
  errorFor(field: string): string | undefined {
    const found = this.errors.find((e) => e.field === field);
    if (!found) return undefined;
    return this.showAll || this.touched[field] ? found.message : undefined;
  }

  /** True when the results on screen belong to what is in the form now. */
  current = $derived(this.result !== null && this.resultKey !== '' && this.resultKey === this.requestKey);
  sweepCurrent = $derived(this.sweep !== null && this.sweepResultKey !== '' && this.sweepResultKey === this.sweepKey);

  touch(field: string): void {
    if (!this.touched[field]) this.touched = { ...this.touched, [field]: true };
  }

  // ——— scenarios ———

  add(): void {
    this.form.scenarios = addScenario(this.form.scenarios).map((s, i) =>
      i < this.form.scenarios.length
        ? s
        : { ...s, hoursPerWeek: formatTyped(s.hoursPerWeek, 'hours', i18n.f), hourlyWage: formatTyped(s.hourlyWage, 'money', i18n.f) },
    );
  }

  copy(id: string): void {
    this.form.scenarios = copyScenario(this.form.scenarios, id, (name) => i18n.m.scenarios.copyOf({ name }));
  }

  remove(id: string): void {
    this.form.scenarios = removeScenario(this.form.scenarios, id);
  }

  nameOf(id: string): string {
    const index = this.form.scenarios.findIndex((s) => s.id === id);
    const s = this.form.scenarios[index];
    return s ? scenarioName(s, index, i18n.m) : '';
  }

  // ——— asking the API ———

  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  /** Asks for new results when the request changed; debounced, and the previous question is cancelled. */
  refresh(fetcher?: Fetch, delay = DEBOUNCE_MS): void {
    clearTimeout(this.#timer);
    const request = this.request;
    const key = this.requestKey;
    const sweepRequest = this.sweepCheck.request;
    const sweepKey = this.sweepKey;
    if (!checks) loadChecks().catch(() => (this.failed = true));
    if (!request) {
      this.#controller?.abort();
      this.busy = false;
      return;
    }
    const needResult = key !== this.resultKey || this.failed;
    const needSweep = sweepKey !== '' && (sweepKey !== this.sweepResultKey || this.sweepFailed);
    if (!needResult && !needSweep) return;
    this.busy = true;
    this.#timer = setTimeout(() => void this.#run(request, key, needResult, needSweep ? sweepRequest : null, sweepKey, fetcher), delay);
  }

  async #run(
    request: CalculationRequestInput,
    key: string,
    needResult: boolean,
    sweepRequest: object | null,
    sweepKey: string,
    fetcher: Fetch | undefined,
  ): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const [result, chart] = await Promise.allSettled([
      needResult ? calculate(request, controller.signal, fetcher) : Promise.resolve(null),
      sweepRequest ? sweep(sweepRequest, controller.signal, fetcher) : Promise.resolve(null),
    ]);
    if (controller.signal.aborted) return;
    if (result.status === 'fulfilled' && result.value) {
      this.result = result.value;
      this.resultKey = key;
      this.serverIssues = [];
      this.failed = false;
    } else if (result.status === 'rejected') {
      const error = result.reason;
      if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) {
        this.serverIssues = error.issues;
        this.showAll = true;
        this.failed = false;
      } else {
        this.failed = true;
      }
    }
    if (chart.status === 'fulfilled' && chart.value) {
      this.sweep = chart.value;
      this.sweepResultKey = sweepKey;
      this.sweepFailed = false;
    } else if (chart.status === 'rejected') {
      this.sweepFailed = true;
    }
    this.busy = false;
    if (result.status === 'fulfilled' && result.value) this.revision += 1;
  }

  /** Cancels a pending question (when the page goes away). */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }
}
