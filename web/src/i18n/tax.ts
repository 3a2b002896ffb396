import type { Lang } from '#contracts/languages.ts';

/**
 * The tax fields' own words (TaxFields, MunicipalityField, and the printout's church): a module of their own, loaded
 * with the fields after the first paint, not in the main catalogs. The labels the error summary needs stay there.
 */
export interface TaxTexts {
  /** Under the tax heading: what the municipality is for, and that the tax cards' percentages replace the estimate. */
  intro: string;
  municipalityHelp: string;
  /** Why the birth year is asked. */
  birthYearHelp: string;
  church: string;
  lutheran: string;
  orthodox: string;
  /** For a screen reader, while the municipality is typed: how many names fit. */
  matches: (p: { count: number }) => string;
  /** Before the closest names after an unknown one, offered as choices. */
  didYouMean: string;
}

export const TAX_TEXTS: Record<Lang, TaxTexts> = {
  fi: {
    intro:
      'Kun annat kotikuntasi, laskuri arvioi verot ja näyttää, mitä jää käteen. Jos annat verokorttisi prosentit, niitä käytetään arvion sijaan.',
    municipalityHelp: 'Kirjoita kunnan nimen alkua suomeksi tai ruotsiksi ja valitse listasta. Kunnan veroprosentti vaikuttaa veroon.',
    birthYearHelp: 'Työeläkemaksu ja osa vähennyksistä riippuvat iästä. Ilman syntymävuotta laskuri käyttää 18–52-vuotiaan maksuja.',
    church: 'Kirkko',
    lutheran: 'Evankelis-luterilainen',
    orthodox: 'Ortodoksinen',
    matches: (p) => (p.count === 0 ? 'Ei sopivia kuntia.' : p.count === 1 ? '1 kunta löytyi.' : `${p.count} kuntaa löytyi.`),
    didYouMean: 'Tarkoititko:',
  },
  sv: {
    intro:
      'När du anger din hemkommun uppskattar räknaren skatten och visar vad du får i handen. Om du anger procenten på dina skattekort används de i stället för uppskattningen.',
    municipalityHelp: 'Skriv början av kommunens namn på svenska eller finska och välj i listan. Kommunens skattesats påverkar skatten.',
    birthYearHelp:
      'Arbetspensionsavgiften och en del avdrag beror på åldern. Utan födelseår används avgifterna för en person som är 18–52 år.',
    church: 'Kyrka',
    lutheran: 'Evangelisk-luthersk',
    orthodox: 'Ortodox',
    matches: (p) => (p.count === 0 ? 'Inga kommuner passar.' : p.count === 1 ? '1 kommun hittades.' : `${p.count} kommuner hittades.`),
    didYouMean: 'Menade du:',
  },
  en: {
    intro:
      'With your home municipality, the calculator estimates the tax and shows what you get after tax. If you give the percentages on your tax cards, they are used instead of the estimate.',
    municipalityHelp:
      'Type the start of its name in Finnish or Swedish and choose it from the list. The municipality’s tax rate affects the tax.',
    birthYearHelp:
      'The pension contribution and some deductions depend on age. Without it, the contributions of a person aged 18–52 are used.',
    church: 'Church',
    lutheran: 'Evangelical Lutheran',
    orthodox: 'Orthodox',
    matches: (p) =>
      p.count === 0 ? 'No municipality fits.' : p.count === 1 ? '1 municipality found.' : `${p.count} municipalities found.`,
    didYouMean: 'Did you mean:',
  },
};
