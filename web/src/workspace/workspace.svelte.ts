import { i18n } from '../i18n/index.svelte.ts';
import type { CalculatorView } from '../lib/calculator.svelte.ts';
import {
  CaseApiError,
  type CaseErrorKind,
  type CaseSummary,
  type RuleSetCheck,
  readShared,
  type SavedCase,
  type ShareLink,
} from '../lib/cases-api.ts';
import { type FormState, initialForm, reformat } from '../lib/form.ts';
import { savedPlanOf } from '../lib/plan.ts';
import { type ScenarioRef, scenarioRefs } from '../lib/rule-notice.ts';
import { formFromInput, formKey } from '../lib/saved-input.ts';
import { stateInHash } from '../lib/share-hash.ts';
import { type OpenCase, openCaseOf, readOpen, writeOpen } from './open-case.ts';
import { labelProblem, type Outcome, saveProblem } from './outcomes.ts';
import { CoachSession } from './session.svelte.ts';

/**
 * The coach workspace's state, without a DOM, on top of the coach's session (session.svelte.ts): the case
 * list, the case open in the calculator (with its version, so that a stale save is refused with 409 and
 * never overwrites), its share links, and a shared link opened read-only. Components call these methods
 * and word the outcomes (outcomes.ts).
 */

export type SharedView =
  | { state: 'loading' }
  | { state: 'open'; label: string; expiresAt: string; updatedAt: string; form: FormState }
  | { state: 'unavailable' }
  | { state: 'failed'; token: string };

export class Workspace extends CoachSession {
  /** The coach's cases, newest first; null until loaded. */
  cases = $state.raw<CaseSummary[] | null>(null);
  casesState = $state<'idle' | 'loading' | 'failed'>('idle');
  open = $state.raw<OpenCase | null>(null);
  shares = $state.raw<ShareLink[]>([]);
  /** The open case was deleted elsewhere (found when its links were read). */
  caseGone = $state(false);
  /** The rule-set check of the case or shared link just opened, with its options as they were. */
  check = $state.raw<{ check: RuleSetCheck; scenarios: ScenarioRef[] } | null>(null);
  /** A save was refused because the case was saved elsewhere: the app offers to reload. */
  conflict = $state.raw<{ currentVersion: number | null } | null>(null);
  shared = $state.raw<SharedView | null>(null);
  busy = $state(false);

  /** The form differs from what was saved or opened. */
  dirty = $derived.by(() => this.open !== null && formKey(this.calc.form) !== this.open.savedKey);

  /**
   * How the calculator speaks to who is using it: a client on a share link (the coach saved it), or a signed-in
   * coach (who sees the rule set's version); null for anyone else (nothing is stored).
   */
  view: CalculatorView | null = $derived.by(() => {
    const p = this.w.privacy;
    if (this.shared) return { coach: false, note: p.sharedNote, share: p.sharedShare, footer: p.sharedFooter };
    if (this.session !== 'signedOut') return { coach: true, note: p.coachNote, share: p.coachShare, footer: p.coachFooter };
    return null;
  });

  // ——— the session (signing in: session.svelte.ts) ———

  /**
   * Once the address is final (after a reload or a sign-in): the case that was open in this tab is open
   * again, if the calculator's input is in the address (else the case would look changed), and its links
   * are read again.
   */
  resume(hash: string = location.hash): void {
    if (this.session === 'signedOut' || this.open) return;
    const open = stateInHash(hash) !== null ? readOpen(this.storage) : null;
    if (!open) return;
    this.open = open;
    void this.#refreshLinks(open.id);
  }

  /** Forgets everything of the coach's in this tab, revokes the refresh token and leaves through the sign-out page. */
  override async signOut(): Promise<void> {
    this.#setOpen(null);
    this.cases = null;
    this.shares = [];
    this.check = null;
    this.conflict = null;
    await super.signOut();
  }

  #setOpen(open: OpenCase | null): void {
    this.open = open;
    this.caseGone = false;
    writeOpen(this.storage, open);
  }

  #setForm(form: FormState): void {
    this.calc.form = reformat(form, i18n.f);
    this.calc.touched = {};
    this.calc.showAll = true;
  }

  /** A case in the list changed (saved, renamed): the list follows without asking the API again. */
  #updateListed(saved: SavedCase): void {
    if (!this.cases) return;
    const summary: CaseSummary = {
      id: saved.id,
      label: saved.label,
      ruleSetVersion: saved.ruleSetVersion,
      savedWithCurrentRules: saved.savedWithCurrentRules,
      outcomeChanged: saved.outcomeChanged ?? false,
      createdAt: saved.createdAt,
      updatedAt: saved.updatedAt,
      version: saved.version,
      expiresAt: saved.expiresAt,
    };
    this.cases = [summary, ...this.cases.filter((c) => c.id !== saved.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  // ——— the case list ———

  async loadCases(): Promise<void> {
    if (this.session === 'signedOut') return;
    this.casesState = 'loading';
    try {
      this.cases = await this.api.list();
      this.session = 'signedIn';
      this.casesState = 'idle';
    } catch (error) {
      this.casesState = this.failure(error) === 'signIn' ? 'idle' : 'failed';
    }
  }

  /** Opens a saved case in the calculator (replacing the form). */
  async openCase(id: string): Promise<Outcome> {
    this.busy = true;
    try {
      const saved = await this.api.get(id);
      const form = formFromInput(saved.input, saved.plan);
      if (!form) return { ok: false, reason: 'cannotOpen' };
      this.shared = null;
      this.#setForm(form);
      this.#setOpen(openCaseOf(saved, formKey(this.calc.form)));
      this.shares = saved.shares;
      this.check = saved.ruleSetCheck ? { check: saved.ruleSetCheck, scenarios: scenarioRefs(form.scenarios) } : null;
      this.conflict = null;
      return { ok: true, label: saved.label };
    } catch (error) {
      const reason = this.failure(error);
      if (reason === 'notFound') await this.loadCases();
      return { ok: false, reason };
    } finally {
      this.busy = false;
    }
  }

  /**
   * Saves the calculation: with a label, as a new case (POST); without, into the open case (PUT with the
   * version it was opened with: if it was saved elsewhere since, a conflict, and nothing is written).
   */
  async save(label?: string): Promise<Outcome> {
    const request = this.calc.request;
    if (!request) return { ok: false, reason: 'invalidForm' };
    const open = this.open;
    if (label === undefined && !open) return { ok: false, reason: 'label', problem: 'required' };
    const problem = label !== undefined ? labelProblem(label) : null;
    if (problem) return problem;
    const key = formKey(this.calc.form);
    // The plan over time is saved with the case; a case saved without one has it removed.
    const plan = this.calc.form.plan ? savedPlanOf(this.calc.form.plan) : null;
    this.busy = true;
    try {
      const saved =
        label !== undefined
          ? await this.api.create(label.trim(), request, plan ?? undefined)
          : await this.api.update(open!.id, { version: open!.version, input: request, plan });
      this.#setOpen(openCaseOf(saved, key));
      this.shares = saved.shares;
      // Saved now, so under the rules in use.
      this.check = null;
      this.conflict = null;
      this.#updateListed(saved);
      return { ok: true, label: saved.label };
    } catch (error) {
      if (error instanceof CaseApiError && error.kind === 'conflict') {
        this.conflict = { currentVersion: error.currentVersion };
        return { ok: false, reason: 'conflict' };
      }
      if (error instanceof CaseApiError && error.kind === 'invalid') return saveProblem(error.issues);
      const reason = this.failure(error);
      if (reason === 'notFound' && label === undefined) {
        // Deleted elsewhere: the figures stay, the coach may save them as a new case.
        this.#setOpen(null);
        this.shares = [];
        this.caseGone = true;
      }
      return { ok: false, reason };
    } finally {
      this.busy = false;
    }
  }

  /** After a conflict: the version saved elsewhere replaces the form. */
  async reloadOpen(): Promise<Outcome> {
    const open = this.open;
    this.conflict = null;
    if (!open) return { ok: false, reason: 'notFound' };
    return this.openCase(open.id);
  }

  /** After a conflict: the coach's own figures stay on screen (unsaved; "Save as new" keeps them). */
  keepMine(): void {
    this.conflict = null;
  }

  async rename(c: Pick<CaseSummary, 'id' | 'version'>, label: string): Promise<Outcome> {
    const problem = labelProblem(label);
    if (problem) return problem;
    this.busy = true;
    try {
      const saved = await this.api.update(c.id, { version: c.version, label: label.trim() });
      if (this.open?.id === saved.id)
        this.#setOpen({ ...this.open, label: saved.label, version: saved.version, updatedAt: saved.updatedAt, expiresAt: saved.expiresAt });
      this.#updateListed(saved);
      return { ok: true, label: saved.label };
    } catch (error) {
      if (error instanceof CaseApiError && error.kind === 'invalid') return saveProblem(error.issues);
      const reason = this.failure(error);
      if (reason === 'conflict' || reason === 'notFound') await this.loadCases();
      return { ok: false, reason };
    } finally {
      this.busy = false;
    }
  }

  /** Deletes a case (only at the version listed; else a conflict and the list is read again). */
  async remove(c: Pick<CaseSummary, 'id' | 'version' | 'label'>): Promise<Outcome> {
    this.busy = true;
    try {
      await this.api.remove(c.id, c.version);
      this.cases = this.cases?.filter((x) => x.id !== c.id) ?? null;
      if (this.open?.id === c.id) {
        this.#setOpen(null);
        this.shares = [];
        this.check = null;
      }
      return { ok: true, label: c.label };
    } catch (error) {
      const reason = this.failure(error);
      if (reason === 'conflict' || reason === 'notFound') await this.loadCases();
      return { ok: false, reason };
    } finally {
      this.busy = false;
    }
  }

  /** Leaves the open case and starts an empty calculation. */
  closeCase(): void {
    this.#setOpen(null);
    this.shares = [];
    this.check = null;
    this.conflict = null;
    this.calc.form = reformat(initialForm(), i18n.f);
    this.calc.touched = {};
    this.calc.showAll = false;
  }

  // ——— share links ———

  /** The full address of a share link on this site. */
  shareUrl(link: ShareLink): string {
    return new URL(link.path, this.origin).toString();
  }

  async createShare(): Promise<{ ok: true; link: ShareLink } | { ok: false; reason: CaseErrorKind }> {
    const open = this.open;
    if (!open) return { ok: false, reason: 'notFound' };
    this.busy = true;
    try {
      const link = await this.api.createShare(open.id);
      this.shares = [...this.shares, link];
      return { ok: true, link };
    } catch (error) {
      return { ok: false, reason: this.failure(error) };
    } finally {
      this.busy = false;
    }
  }

  async revokeShare(token: string): Promise<{ ok: boolean; reason?: CaseErrorKind }> {
    const open = this.open;
    if (!open) return { ok: false, reason: 'notFound' };
    this.busy = true;
    try {
      await this.api.revokeShare(open.id, token);
      this.shares = this.shares.filter((s) => s.token !== token);
      return { ok: true };
    } catch (error) {
      const reason = this.failure(error);
      // Already gone: the list says so.
      if (reason === 'notFound') this.shares = this.shares.filter((s) => s.token !== token);
      return { ok: false, reason };
    } finally {
      this.busy = false;
    }
  }

  async #refreshLinks(id: string): Promise<void> {
    try {
      const saved = await this.api.get(id);
      if (this.open?.id !== id) return;
      this.shares = saved.shares;
      this.#setOpen({ ...this.open, expiresAt: saved.expiresAt, updatedAt: saved.updatedAt });
    } catch (error) {
      if (this.failure(error) === 'notFound' && this.open?.id === id) {
        this.#setOpen(null);
        this.caseGone = true;
      }
    }
  }

  // ——— a shared link, read-only ———

  /** Opens `/#share=<token>`: the only request that carries the token is GET /v1/shared/{token}. */
  async openShared(token: string): Promise<void> {
    // A coach's open case must not take the shared figures as its unsaved changes.
    this.#setOpen(null);
    this.shares = [];
    this.conflict = null;
    this.check = null;
    this.shared = { state: 'loading' };
    try {
      const shared = await readShared(token, this.fetch);
      const form = formFromInput(shared.input, shared.plan);
      if (!form) {
        this.shared = { state: 'unavailable' };
        return;
      }
      this.#setForm(form);
      this.shared = { state: 'open', label: shared.label, expiresAt: shared.expiresAt, updatedAt: shared.updatedAt, form };
      this.check = shared.ruleSetCheck ? { check: shared.ruleSetCheck, scenarios: scenarioRefs(form.scenarios) } : null;
    } catch (error) {
      this.shared = error instanceof CaseApiError && error.kind === 'notFound' ? { state: 'unavailable' } : { state: 'failed', token };
    }
  }

  /** Puts the shared figures back after trying others. */
  resetShared(): void {
    if (this.shared?.state === 'open') this.#setForm(this.shared.form);
  }

  dismissCheck(): void {
    this.check = null;
  }
}
