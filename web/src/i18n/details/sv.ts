import type { DetailMessages } from './types.ts';

/** The benefit details' field texts in Swedish (./types.ts): loaded just after the first paint. */
export const details: DetailMessages = {
  fields: {
    erpFixedTerm: { label: 'Är pensionen tidsbunden?', help: 'I beslutets rubrik står rehabiliteringsstöd eller invalidpension.' },
    erpType: {
      label: 'Är pensionen full pension eller delpension?',
      help: 'I beslutet står om pensionen är full pension eller delpension (delinvalidpension eller partiellt rehabiliteringsstöd).',
    },
    erpMonthlyAmount: {
      label: 'Pension per månad (€, före skatt)',
      help: 'I pensionsbeslutet: pensionens belopp per månad. Använd beloppet före skatt.',
    },
    erpEarningsLimit: {
      label: 'Inkomstgräns (€ per månad), om den står i beslutet',
      help: 'I beslutet kan det stå ”inkomstgräns” eller ”du får förtjäna högst … euro i månaden”. Lämna tomt om den inte finns.',
    },
    erpStabilisedEarnings: {
      label: 'Stabiliserad inkomst (€ per månad), om du vet den',
      help: 'I pensionsbeslutets beräkning: ”stabiliserad inkomst” eller ”stabiliserad inkomstnivå” (på finska ”vakiintunut keskiansio”). Med den räknas när pensionen kan ändras eller bli vilande.',
    },
    erpEndsOn: {
      label: 'Beslutets slutdatum, om det har ett',
      help: 'Den sista dagen rehabiliteringsstödet beviljats för. Inget betalas efter den om inte en fortsättning beviljas: ansök i tid.',
    },
    kelaFixedTerm: { label: 'Är FPA:s pension tidsbunden?', help: 'I FPA:s beslut står rehabiliteringsstöd eller sjukpension.' },
    kelaMonthlyAmount: {
      label: 'Folkpension (€ per månad), om du vet den',
      help: 'I FPA:s beslut: ”folkpension” och beloppet per månad. Lämnar du tomt uppskattar räknaren beloppet.',
    },
    kelaGuaranteePension: {
      label: 'Garantipension (€ per månad), om du får den',
      help: 'I FPA:s beslut: ”garantipension”. Lämnar du tomt uppskattar räknaren beloppet.',
    },
    kelaCareAllowance: {
      label: 'Jag får också vårdbidrag för pensionstagare',
      help: 'Det avgör om FPA betalar handikappbidrag medan pensionen är vilande.',
    },
    kelaCareAllowanceLevel: {
      label: 'Vårdbidragets nivå',
      help: 'I FPA:s beslut om vårdbidrag. När pensionen är vilande betalas inget vårdbidrag: i stället kommer det högsta handikappbidraget, så tillskottet är skillnaden.',
    },
    kelaExempt: {
      label: 'Min pension från FPA har beviljats på grund av blindhet eller oförmåga att röra mig',
      help: '12 § 4 mom. i folkpensionslagen. Inkomstgränserna gäller inte en sådan pension. Grunden står i beslutet.',
    },
    kelaEndsOn: {
      label: 'Beslutets slutdatum, om det har ett',
      help: 'Den sista dagen FPA:s rehabiliteringsstöd beviljats för. Inget betalas efter den om inte en fortsättning beviljas.',
    },
    sicknessBasis: { label: 'Vad vet du om dagpenningen?' },
    sicknessDailyAmount: {
      label: 'Dagpenning (€ per dag, före skatt)',
      help: 'I FPA:s beslut: ”dagpenningens belopp”. Det är euro per vardag.',
    },
    sicknessAnnualIncome: {
      label: 'Löneinkomst per år (€, före skatt)',
      help: 'I FPA:s beslut: årsinkomst. Det är lönen för de 12 månaderna före månaden innan arbetsoförmågan började. Räknaren uppskattar dagpenningen utifrån den.',
    },
    sicknessEntrepreneurIncome: {
      label: 'FöPL- eller LFöPL-arbetsinkomst per år (€), om du är företagare',
      help: 'Arbetsinkomsten i företagarens pensionsförsäkring. Inget avdrag görs från den, som från lön.',
    },
    sicknessStartDate: {
      label: 'När började sjukledigheten?',
      help: 'Dagpenningens formel är den för året då sjukledigheten började. Lämnas fältet tomt antar räknaren att den började under den beräknade månaden.',
    },
    sicknessFullTimeHours: {
      label: 'Din arbetstid på heltid (timmar per vecka), om du har ett jobb',
      help: 'Behövs bara för att uppskatta partiell sjukdagpenning. Den är möjlig om du har ett heltidsjobb och kommer överens med arbetsgivaren om kortare arbetstid på samma arbetsplats.',
    },
    sicknessFullTimeInSector: {
      label: 'Det här är normal heltid i branschen',
      help: 'Välj detta om din arbetstid är kortare än heltid brukar vara, men är heltid i din bransch.',
    },
  },
};
