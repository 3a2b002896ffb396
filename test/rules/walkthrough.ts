import { join } from 'node:path';
import { type RuleParameter, readRules } from '../../rules/load.ts';
import { type EntryToWrite, RuleFileEditor } from '../../rules/yaml-edit.ts';

/**
 * The edits a maintainer makes by hand in the 2025 → 2026 walkthrough of rules/README.md, written as the
 * guide shows them. The figures are the real 2026 ones.
 */
export const NEW_YEAR = '2026-01-01';

/** Step 2: the two index values published in the autumn of 2025. */
export const INDEXES: Record<string, EntryToWrite> = {
  nationalPensionIndex: {
    value: '1939',
    status: 'official',
    source: 'https://www.kela.fi/operations-national-pensions-index',
    note: `"The value for 2026 is 1,939." Also Kela's release 9.10.2025 on STT: "vuonna 2026 se on 1939".`,
  },
  wageCoefficient: {
    value: '1.712',
    status: 'secondary',
    source: 'https://veritas.fi/uutishuone/uutiset-lehdistotiedotteet/vuoden-2026-tyoelakeindeksi-ja-palkkakerroin-on-vahvistettu',
    note: 'Veritas (a pension provider) on the STM decision of 29.10.2025: "palkkakerroin noin 2,33 prosenttia" (1.673 × 1.0233 = 1.712).',
  },
};

/** Step 4: the placeholders filled in from their publications. */
export const PUBLISHED: Record<string, EntryToWrite> = {
  nationalPensionOtherPensionsLimitSingle: {
    value: '1624.62',
    status: 'derived',
    source: 'https://www.kela.fi/kuntoutustuki-ja-tyokyvyttomyyselake-maara-ja-maksaminen',
    note: "66.50 + 2 × (787.07 − 8.01) = 1 624.62; Kela's 2026 figure not yet read.",
  },
  nationalPensionOtherPensionsLimitWithPartner: {
    value: '1455.86',
    status: 'derived',
    source: 'https://www.kela.fi/kuntoutustuki-ja-tyokyvyttomyyselake-maara-ja-maksaminen',
    note: "66.50 + 2 × (702.69 − 8.01) = 1 455.86; Kela's 2026 figure not yet read.",
  },
  nationalPensionIncomeThreshold: {
    value: '66.50',
    status: 'derived',
    source: 'https://www.kela.fi/takuuelake',
    note: `798 € a year: the only threshold with which Kela's 2026 example table "Esimerkkejä takuueläkkeen määrästä" reproduces.`,
  },
  employeePensionContributionPercent: {
    value: '7.30',
    status: 'secondary',
    source: 'https://www.sttinfo.fi/tiedote/71498819/tyoelakemaksut-vuonna-2026?lang=fi',
  },
  employeeUnemploymentInsurancePercent: {
    value: '0.89',
    status: 'secondary',
    source: 'https://www.tyollisyysrahasto.fi/porssitiedotteet/2023.08.31-tyottomyysvakuutusmaksujen-taso-alenee-merkittavasti',
  },
  sicknessAllowanceMinimumDaily: {
    value: '31.99',
    status: 'official',
    source:
      'https://www.sttinfo.fi/tiedote/71527003/kansanelakeindeksi-tuo-05-prosentin-korotuksen-osaan-kelan-etuuksista-moni-etuus-pysyy-vuoden-2025-tasolla?lang=fi',
  },
  sicknessAllowanceWageDeductionPercent: {
    value: '9.07',
    status: 'derived',
    source: 'https://www.sttinfo.fi/tiedote/71498819/tyoelakemaksut-vuonna-2026?lang=fi',
    note: '0.88 + 7.30 + 0.89 = 9.07, the 2026 contribution rates.',
  },
};

/** Step 3's computed values, which match the published figures and are left as new-period wrote them. */
export const COMPUTED: Record<string, string> = {
  nationalPensionFullSingle: '787.07',
  nationalPensionFullWithPartner: '702.69',
  nationalPensionMinimumPayable: '8.01',
  guaranteePensionFull: '990.90',
  guaranteePensionMinimumPayable: '8.01',
  minimumEarningsLimit: '990.90',
  disabilityAllowanceHighest: '499.93',
  careAllowanceBasic: '84.56',
  careAllowanceIncreased: '184.22',
  careAllowanceHighest: '389.54',
};

/**
 * Step 4, the tax figures of 2026 as rules/ holds them: the yearly ones new-period asks for, and the additional
 * pension tax threshold that a law change moved. (The municipal rates are imported by a command of the step.)
 */
const TAX_2026 = [
  'employeePensionContributionHigherPercent',
  'employeePensionContributionMaximumAge',
  'stateIncomeTaxScale',
  'basicDeductionMaximum',
  'workIncomeCreditMaximum',
  'workIncomeCreditReduction',
  'medicalCareContributionPercent',
  'medicalCareContributionOtherIncomePercent',
  'dailyAllowanceContributionPercent',
  'dailyAllowanceContributionThreshold',
  'pensionAdditionalTaxThreshold',
];

export function taxFigures2026(): Record<string, EntryToWrite> {
  const parameters = readRules().parameters;
  return Object.fromEntries(
    TAX_2026.map((name) => {
      const { value, status, source, note, confirmWith, provenance } = parameters[name]!.entries.find((e) => e.from === NEW_YEAR)!;
      const entry: EntryToWrite = {
        value: value as EntryToWrite['value'],
        status,
        ...(source ? { source } : {}),
        ...(note ? { note } : {}),
      };
      return [name, { ...entry, ...(confirmWith ? { confirmWith } : {}), ...(provenance ? { provenance } : {}) }];
    }),
  );
}

/** Writes the entries into the practice copy, as the maintainer types them. */
export function write(dir: string, parameters: Record<string, RuleParameter>, entries: Record<string, EntryToWrite>): void {
  const editors = new Map<string, RuleFileEditor>();
  for (const [name, entry] of Object.entries(entries)) {
    const file = parameters[name]!.file;
    let editor = editors.get(file);
    if (!editor) {
      editor = new RuleFileEditor(join(dir, file));
      editors.set(file, editor);
    }
    editor.setEntry(name, NEW_YEAR, entry);
  }
  for (const editor of editors.values()) editor.save();
}

/** Step 7: the label and the verified date of the release. */
export function release(dir: string, label: string, verifiedUntil: string): void {
  const editor = new RuleFileEditor(join(dir, 'ruleset.yaml'));
  editor.setTopLevel('label', `"${label}"`);
  editor.setTopLevel('verifiedUntil', verifiedUntil);
  editor.save();
}
