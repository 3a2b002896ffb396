import type { CalculationRequestInput } from '#core/request.ts';
import type { CalculationResult, ScenarioResult, SweepResult } from '#core/result.ts';
import { detailTexts } from '../i18n/details/index.svelte.ts';
import { i18n } from '../i18n/index.svelte.ts';
import type { Messages } from '../i18n/types.ts';
import { afterPaint } from './after-paint.ts';
import { ApiError, calculate, type Fetch, sweep } from './api.ts';
import { addScenario, chartWageOf, copyScenario, type FormState, formatTyped, initialForm, removeScenario, scenarioName } from './form.ts';
import { type ResultColumn, resultColumns } from './result-columns.ts';
import type { FieldError, FieldKind, Issue, Validation } from './validation.ts';

/**
 * Who is using the calculator, when it is not an anonymous visitor: what is stored, in words for them, and
 * whether to show the rule set's version (a coach's detail; it is always printed).
 */
export interface CalculatorView {
  coach: boolean;
  /** Beside the situation: no names needed, and what is stored. */
  note: string;
  /** Beside the share link. */
  share: string;
  footer: string;
}

/** How long typing may pause before the results are asked for. */
const DEBOUNCE_MS = 250;

/**
 * The form's checks (validate.ts) hold the API's schemas and the wording of every problem, most of the form's
 * code: they load just after the first paint (the page's first `refresh`), within the first debounce, with the
 * benefit details' texts in the language of the moment (the error summary names those fields). Until then the
 * form is neither checked nor sent.
 */
type Checks = typeof import('./validate.ts');
let checks = $state.raw<Checks | null>(null);
let loadingChecks: Promise<Checks> | null = null;

/** Loads the checks once (and again after a failed load). Resolves when the form can be checked. */
export function loadChecks(): Promise<Checks> {
  loadingChecks ??= Promise.all([import('./validate.ts'), detailTexts.load(i18n.lang)]).then(
    ([module]) => (checks = module),
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
  if (form.case.erp.on || form.case.kela.on || form.case.sickness.on) return { request: null, usable: null, errors: {}, list: [] };
  const message = m.errors.benefitRequired;
  return { request: null, usable: null, errors: { benefits: message }, list: [{ field: 'benefits', message }] };
}

/**
 * The calculator's state: the form, which fields the user has left, the latest results and the chart's
 * sweep. Validation is derived from the form; the API is asked (debounced) by `refresh`, which the page
 * calls from an effect. Works without a DOM, so it is tested as plain TypeScript.
 */
export class CalculatorState {
  form = $state<FormState>(initialForm());

  /** Fields the user has left at least once: only their errors are shown beside them. */
  touched = $state<Record<string, true>>({});
  /** Show every error (after "show results", a link, or following the error summary). */
  showAll = $state(false);

  /** The field that has the focus (its id), or null. Its error waits until it is left; results stay meanwhile. */
  editing = $state<string | null>(null);
  /** The answer box's wage while it is being typed, '' when cleared (it never refills while typed in); null otherwise. */
  chartWageDraft = $state<string | null>(null);

  validation = $derived(checks ? checks.validate(this.form, i18n.m, i18n.f) : unchecked(this.form, i18n.m));
  /** The whole form as a request, when it is complete and valid (what a coach can save). */
  request = $derived(this.validation.request);
  /** What is calculated: the whole request, or the case with its valid options while one is being corrected. */
  calcRequest = $derived(this.validation.usable);
  requestKey = $derived(this.calcRequest ? JSON.stringify(this.calcRequest) : '');
  sweepCheck = $derived(checks ? checks.validateSweep(this.form, i18n.m, i18n.f, this.chartWageDraft) : { request: null, error: null });
  sweepKey = $derived(this.sweepCheck.request ? JSON.stringify(this.sweepCheck.request) : '');

  result = $state.raw<CalculationResult | null>(null);
  resultKey = $state('');
  /** Each option's latest result, kept while the option is being corrected (shown as out of date). */
  kept = $state.raw<Record<string, ScenarioResult>>({});
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
    // Before the checks have loaded, only `unchecked`'s problem is known (and nothing has been sent).
    if (!checks) return this.validation.list;
    const server = checks.errorsFrom(this.serverIssues, this.form, i18n.m, i18n.f).list;
    return checks.sortErrors([...this.validation.list, ...server.filter((s) => !(s.field in this.validation.errors))], this.form);
  });

  /** The problems to show now: not the one of the field being typed in (it is not finished yet). */
  shownErrors: FieldError[] = $derived(this.errors.filter((e) => e.field !== this.editing));

  /** The error shown beside a field: once the user has left it (or when all are shown), never while typing in it. */
  errorFor(field: string): string | undefined {
    if (field === this.editing) return undefined;
    const found = this.errors.find((e) => e.field === field);
    if (!found) return undefined;
    return this.showAll || this.touched[field] ? found.message : undefined;
  }

  /** True when the results on screen belong to what is in the form now. */
  current = $derived(this.result !== null && this.resultKey !== '' && this.resultKey === this.requestKey);
  sweepCurrent = $derived(this.sweep !== null && this.sweepResultKey !== '' && this.sweepResultKey === this.sweepKey);

  /** Results are shown: they can be calculated, or the last ones stay (out of date) while a field is typed in. */
  showResults = $derived(this.result !== null && this.serverIssues.length === 0 && (this.calcRequest !== null || this.editing !== null));
  /** The chart and the short answer are shown: the same, for the sweep. */
  showSweep = $derived(this.sweep !== null && (this.sweepCheck.request !== null || this.editing !== null));

  /** The options' columns of results: each option's result, or its last one while it is being corrected (stale). */
  columns: ResultColumn[] = $derived(resultColumns(this.form.scenarios, this.result, this.kept, this.calcRequest, this.editing));

  /** An issue in words in the language in use, as the form's own are worded (the timeline view's plan uses it). */
  issueText(issue: Issue, kind: FieldKind, typed: string): string {
    return checks ? checks.issueMessage(issue, kind, i18n.m.errors, i18n.f, typed) : i18n.m.errors.generic;
  }

  /** A field's label, for the error summary. */
  fieldLabel(id: string): string {
    const details = detailTexts.t;
    if (checks && details) return checks.fieldLabel(id, this.form, i18n.m, details);
    return id === 'benefits' ? i18n.m.situation.benefitsLegend : id;
  }

  touch(field: string): void {
    if (!this.touched[field]) this.touched = { ...this.touched, [field]: true };
  }

  // ——— the answer box's wage ———

  /** The wage the answer box shows: as typed while it has the focus, else the chosen one or the options'. */
  chartWageShown = $derived(this.chartWageDraft ?? chartWageOf(this.form));

  /** Typing in the answer box's wage: cleared, it stays empty (no refill) until left. */
  typeChartWage(typed: string): void {
    if (this.chartWageDraft === null && typed === this.chartWageShown) return;
    this.chartWageDraft = typed;
    if (typed.trim() !== '') this.form.chartWage = typed;
  }

  /** Leaving the answer box's wage: left empty, the answer follows the options' wage again. */
  leaveChartWage(): void {
    if (this.chartWageDraft !== null && this.chartWageDraft.trim() === '') this.form.chartWage = '';
    this.chartWageDraft = null;
    this.touch('chartWage');
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
    const request = this.calcRequest;
    const key = this.requestKey;
    const sweepRequest = this.sweepCheck.request;
    const sweepKey = this.sweepKey;
    if (!checks)
      void afterPaint()
        .then(loadChecks)
        .catch(() => (this.failed = true));
    const needResult = request !== null && (key !== this.resultKey || this.failed);
    const needSweep = sweepRequest !== null && (sweepKey !== this.sweepResultKey || this.sweepFailed);
    if (!needResult && !needSweep) {
      // Nothing to ask (back to what is on screen, or nothing valid): a question on its way is not needed either.
      this.#controller?.abort();
      this.busy = false;
      return;
    }
    this.busy = true;
    this.#timer = setTimeout(
      () => void this.#run(needResult ? request : null, key, needSweep ? sweepRequest : null, sweepKey, fetcher),
      delay,
    );
  }

  async #run(
    request: CalculationRequestInput | null,
    key: string,
    sweepRequest: object | null,
    sweepKey: string,
    fetcher: Fetch | undefined,
  ): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const [result, chart] = await Promise.allSettled([
      request ? calculate(request, controller.signal, fetcher) : Promise.resolve(null),
      sweepRequest ? sweep(sweepRequest, controller.signal, fetcher) : Promise.resolve(null),
    ]);
    if (controller.signal.aborted) return;
    if (result.status === 'fulfilled' && result.value) {
      const ids = new Set(this.form.scenarios.map((s) => s.id));
      this.kept = Object.fromEntries(
        [...Object.entries(this.kept), ...result.value.scenarios.map((s) => [s.id, s] as const)].filter(([id]) => ids.has(id)),
      );
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
