/** A plan over time as the form holds it (lib/plan.ts turns it into the API's months); types only, so form.ts can hold one. */

export type StepMode = 'none' | 'hours' | 'monthly';

export interface PlanStep {
  /** The month the step begins, as an offset from the plan's start (0 = the first month). */
  from: number;
  mode: StepMode;
  hoursPerWeek: string;
  hourlyWage: string;
  monthlyEarnings: string;
}

export interface OneOff {
  kind: 'holiday' | 'annual';
  /** Offset from the plan's start. */
  month: number;
  amount: string;
}

export interface PlanForm {
  /** The timeline view is the one shown (a link reopens it). */
  open: boolean;
  /** YYYY-MM */
  start: string;
  /** How many months, 1–36. */
  length: number;
  steps: PlanStep[];
  oneOffs: OneOff[];
}
