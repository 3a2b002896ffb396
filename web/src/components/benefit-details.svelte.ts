import type { Component } from 'svelte';
import type { DetailMessages } from '../i18n/details/types.ts';
import type { CalculatorState } from '../lib/calculator.svelte.ts';

type Details = Component<{ calc: CalculatorState; kind: 'erp' | 'kela' | 'sickness'; t: DetailMessages }>;

/**
 * The fields of a ticked benefit (BenefitDetails.svelte) are a download of their own: an empty form's first
 * paint shows only the three boxes. The page starts it at once, beside its own first paint (so it is there
 * before a box can be ticked); a link's restore waits for it (main.ts). A failed download may be tried again.
 */
class DetailsLoader {
  component = $state.raw<Details | null>(null);
  failed = $state(false);
  #loading: Promise<Details> | null = null;

  load(): Promise<Details> {
    this.failed = false;
    this.#loading ??= import('./BenefitDetails.svelte').then(
      (module) => (this.component = module.default),
      (error: unknown) => {
        this.#loading = null;
        this.failed = true;
        throw error;
      },
    );
    return this.#loading;
  }
}

export const benefitDetails = new DetailsLoader();
