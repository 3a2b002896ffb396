import type { CalculatorState } from './lib/calculator.svelte.ts';

/**
 * The coach workspace (sign-in, saved cases, share links) is a separate download, loaded only for a coach
 * (signed in in this tab, signing in, or on /cases and /auth/callback) or for a /#share= link. One load
 * at a time; a failed one is tried again the next time it is needed.
 */

type CoachModule = typeof import('./workspace/index.ts');
export type Coach = { ui: CoachModule; workspace: InstanceType<CoachModule['Workspace']> };

export class CoachLoader {
  /** The workspace's components and state, once loaded. */
  coach = $state.raw<Coach | null>(null);
  #loading: Promise<Coach> | null = null;
  /** The share token whose case is on screen (so that the same link is not read twice). */
  #openedShare: string | null = null;

  /** `calc`: the calculator the workspace opens cases in (read when the workspace loads). */
  readonly calc: () => CalculatorState;

  constructor(calc: () => CalculatorState) {
    this.calc = calc;
  }

  load(): Promise<Coach> {
    this.#loading ??= import('./workspace/index.ts').then(
      (ui) => (this.coach = { ui, workspace: new ui.Workspace({ calc: this.calc() }) }),
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Sends the coach to the sign-in. False when the workspace could not be loaded. */
  async signIn(): Promise<boolean> {
    try {
      await (await this.load()).workspace.signIn();
      return true;
    } catch {
      return false;
    }
  }

  /** Opens a share link's case, read-only. False when it could not be loaded. */
  async openShare(token: string): Promise<boolean> {
    if (token === this.#openedShare) return true;
    this.#openedShare = token;
    try {
      await (await this.load()).workspace.openShared(token);
      return true;
    } catch {
      this.#openedShare = null;
      return false;
    }
  }
}
