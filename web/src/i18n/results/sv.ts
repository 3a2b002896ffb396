import type { ResultMessages } from './types.ts';

/** Texterna som visas med resultaten, på svenska (laddas med resultaten, ./load.ts). */
export const results: ResultMessages = {
  answer: {
    noChange: (p) => `Med timlönen ${p.wage} kan du arbeta högst ${p.hours} timmar per vecka utan att dina förmåner ändras.`,
    noChangePensions: (p) => `Med timlönen ${p.wage} kan du arbeta högst ${p.hours} timmar per vecka utan att din pension ändras.`,
    fullTime: (p) =>
      `Med timlönen ${p.wage} stannar inkomsterna under inkomstgränsen ända upp till ${p.hours} timmar per vecka. Heltidsarbete kan ändå få pensionsanstalten eller FPA att bedöma din arbetsförmåga på nytt: berätta om arbetet innan du börjar.`,
    noHours: (p) => `Med timlönen ${p.wage} påverkar redan lite arbete dina förmåner. Se nedan hur.`,
    sicknessOnly:
      'Sjukdagpenning betalas inte för dagar då du arbetar, och regelbundet arbete kan göra att rätten till den upphör. I tabellen ser du hur mycket arbetet minskar den.',
    noLimits: 'Med dina uppgifter beror dina förmåner inte på hur många timmar du arbetar. Se tabellen nedan.',
    sicknessAlso: 'Sjukdagpenning betalas inte för arbetsdagar, så den ändras redan av lite arbete.',
    holidayBonus:
      'Timmarna är beräknade så att månadslönen når just gränsen. Om du får semesterpenning räknas den med i inkomsterna (fördelad på hela året), så arbeta då lite färre timmar.',
    next: (p) => {
      const partial = p.partial ? `${p.partial} ändras till partiell pension` : '';
      if (!p.resting) return `Över ${p.hours} timmar per vecka kan ${partial}.`;
      return `Över ${p.hours} timmar per vecka lämnas ${p.resting} att vila${partial ? `, och ${p.partial} kan ändras till partiell pension` : ''}.`;
    },
    incomeAt: (p) =>
      p.falls
        ? `Då minskar dina sammanlagda inkomster: vid ${p.beforeHours} timmar per vecka är de ${p.before} per månad, vid ${p.afterHours} timmar ${p.after}.`
        : `Dina sammanlagda inkomster är då ${p.after} per månad vid ${p.afterHours} timmar per vecka (${p.before} vid ${p.beforeHours} timmar).`,
    rest: (p) =>
      `En vilande pension betalas inte. När inkomsterna igen sjunker under gränsen ska du meddela det, så börjar pensionen betalas igen utan ny bedömning av arbetsförmågan. Pensionen kan dock vila högst ${p.months} månader: om inkomsterna ligger över gränsen längre än så upphör pensionen.`,
    subsidyEnds: 'Rehabiliteringsstödet upphör i alla fall den dag som står i beslutet, också om det vilar.',
    partialDecision:
      'Pensionsanstalten granskar din situation och beslutar om pensionen ändras till delinvalidpension och från när. Ändringen kan också gälla tid som redan gått, och då krävs den pension som betalats för mycket tillbaka: berätta om arbetet för pensionsanstalten innan du börjar.',
    partialSickness: (p) =>
      `Om arbetstiden i ditt heltidsarbete (${p.fullTime} timmar per vecka) förkortas till ${p.from}–${p.to} timmar per vecka kan du få partiell sjukdagpenning i stället för sjukdagpenning: ${p.share} av dagpenningen. Det avtalas med arbetsgivaren, och läkaren bedömer om det passar dig.`,
    partialSicknessIfFullTime: (p) =>
      `Om du har ett heltidsarbete (minst ${p.minimum} timmar per vecka eller branschens normala heltid) och arbetar ${p.from}–${p.to} av det kan du få partiell sjukdagpenning: ${p.share} av dagpenningen. Ange din heltida arbetstid så ser du timgränserna.`,
    partialSicknessNotFullTime: (p) =>
      `Partiell sjukdagpenning kan bara fås från ett heltidsarbete vars arbetstid förkortas. ${p.fullTime} timmar per vecka är under ${p.minimum} timmar: om det är normal heltid i branschen, markera det.`,
    sicknessWithPension:
      'Obs: sjukdagpenning betalas vanligen inte samtidigt som full invalidpension eller FPA:s pension. Summorna kan därför vara för stora. Kontrollera med FPA.',
    sicknessWithPartialPension:
      'Obs: FPA drar i vissa fall av delinvalidpensionen från sjukdagpenningen. Här har båda räknats med till fullt belopp, så summorna kan vara för stora. Kontrollera med FPA.',
    afterTax: (p) =>
      p.same
        ? `${p.name}: efter skatt skulle du ha ungefär lika mycket som i jämförelsen (${p.baseline})${p.taxCard ? ' med procenten på dina skattekort' : ''}.`
        : `${p.name}: efter skatt skulle du ha cirka ${p.amount} ${p.more ? 'mer' : 'mindre'} i månaden än i jämförelsen (${p.baseline})${p.taxCard ? ' med procenten på dina skattekort' : ''}.`,
    afterTaxUnknown: (p) =>
      p.reason === 'municipality'
        ? 'Hur mycket du får i handen efter skatt: ange din hemkommun (eller procenten på dina skattekort), så uppskattar räknaren det.'
        : p.reason === 'aland'
          ? 'Räknaren uppskattar inte beskattningen på Åland: ange procenten på dina skattekort, så ser du vad du får i handen.'
          : `Räknaren uppskattar ännu inte skatten för år ${p.year}: ange procenten på dina skattekort, så ser du vad du får i handen.`,
  },
  names: {
    earningsRelatedPension: 'arbetspensionen',
    kelaPension: 'FPA:s folkpension',
    guaranteePension: 'garantipensionen',
    disabilityAllowance: 'handikappbidraget',
    sicknessAllowance: 'sjukdagpenningen',
    partialSicknessAllowance: 'den partiella sjukdagpenningen',
  },
  list: (names) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`),
  chart: {
    summary: (p) =>
      `Inkomster per månad med timlönen ${p.wage}, ${p.from}–${p.to} timmar per vecka. Samma siffror finns i en tabell under diagrammet.`,
    xAxis: 'Timmar per vecka',
    yAxis: '€ per månad',
    legend: 'Inkomstkällor',
    bandsLegend: 'Timmar',
    bandNoChange: 'Ingen ändring i förmånerna',
    bandPartial: 'Kan bli partiell eller minskar',
    bandSuspended: 'Vilande eller betalas inte',
    earnings: 'Lön',
    limitsHeading: 'Gränser med den här timlönen',
    limitLine: (p) => `${p.name}: inkomstgräns ${p.amount} per månad, alltså högst ${p.hours} timmar per vecka.`,
    suspensionLine: (p) => `${p.name}: gräns för vilande ${p.amount} per månad, alltså ${p.hours} timmar per vecka.`,
    tableToggle: 'Visa diagrammet som tabell',
    tableCaption: (p) => `Inkomster per månad efter timmar per vecka, timlön ${p.wage}`,
    hoursColumn: 'Timmar per vecka',
    totalColumn: 'Totalt',
    bandColumn: 'Förmåner',
    options: 'Alternativen i diagrammet',
    partialSickness: 'Partiell sjukdagpenning',
    atRisk: 'Den del av arbetspensionen som faller bort om pensionsanstalten ändrar den till partiell pension',
    netLine: 'I handen (efter skatt)',
    netFallMark: 'Beloppet i handen minskar',
    littleGainMark: 'Lite av merarbetet blir kvar i handen',
    netHeading: 'Efter skatt',
    netFall: (p) => `${p.from}–${p.to} timmar per vecka: du tjänar mer, men får ${p.loss} mindre i handen per månad.`,
    littleGain: (p) => `${p.from}–${p.to} timmar per vecka: mindre än en fjärdedel av merlönen blir kvar i handen.`,
    noNet: 'Diagrammet visar inte beloppet i handen: ange din hemkommun (eller procenten på dina skattekort) för att se det.',
    netColumn: 'I handen',
    uncertainSickness: 'Sjukdagpenning för dagar utan arbete: regelbundet arbete kan göra att den upphör',
  },

  print: {
    title: 'Työ & etuudet – beräkning',
    situation: 'Situation',
    month: (p) => `Månad: ${p.month}`,
  },
  summary: {
    erp: (p) => `Arbetspension: ${p.kind}, ${p.type}, ${p.amount} per månad`,
    erpLimit: (p) => `inkomstgräns ${p.amount}`,
    erpStabilised: (p) => `stabiliserad inkomst ${p.amount}`,
    kela: (p) => `FPA:s pension: ${p.kind}`,
    kelaAmount: (p) => `folkpension ${p.amount}`,
    guarantee: (p) => `garantipension ${p.amount}`,
    careAllowance: 'vårdbidrag för pensionstagare',
    sicknessDaily: (p) => `Sjukdagpenning ${p.amount} per dag`,
    sicknessAnnual: (p) => `Sjukdagpenning, uppskattad från inkomsten ${p.amount} per år`,
    entrepreneur: (p) => `FöPL- eller LFöPL-arbetsinkomst ${p.amount} per år`,
    startDate: (p) => `sjukledigheten började ${p.date}`,
    sectorFullTime: 'heltid i branschen',
    kelaExempt: 'beviljad enligt FPL 12 § 4 mom. (ingen inkomstgräns)',
    fullTime: (p) => `heltid ${p.hours} h per vecka`,
    household: (p) => `Boende: ${p.value}`,
    tax: (p) => `Skatteprocent: lön ${p.wage}, förmåner ${p.benefit}`,
    notGiven: 'inte angiven',
    residence: (p) => `Hemkommun ${p.municipality}${p.church ? `, medlem i kyrkan (${p.church})` : ', inte medlem i kyrkan'}`,
    birthYear: (p) => `Födelseår ${p.year}`,
  },
  views: { label: 'Vy', compare: 'Sida vid sida', timeline: 'Över tid' },
  share: {
    heading: 'Dela eller skriv ut',
    csv: 'Ladda ner jämförelsen som CSV',
    intro: 'Länken öppnar den här beräkningen igen. Du kan skicka den till dig själv eller spara den som bokmärke.',
    warning:
      'Länken innehåller alla siffror du gett, till exempel din pension. Dela den bara med den som uppgifterna gäller. Ingenting sparas på någon server.',
    copy: 'Kopiera länken',
    copied: 'Länken har kopierats.',
    copyFailed: 'Kopieringen lyckades inte. Kopiera länken från adressfältet.',
    print: 'Skriv ut (1 sida)',
    linkLabel: 'Länk till den här beräkningen',
  },
  status: {
    continues: 'Betalas som utan arbete.',
    mayBecomePartial:
      'Pensionsanstalten kan ändra pensionen till delinvalidpension (rehabiliteringsstödet till partiellt rehabiliteringsstöd), också retroaktivt. Berätta om arbetet för pensionsanstalten.',
    suspended:
      'Betalas inte nu. Utbetalningen börjar igen när inkomsterna sjunker under gränsen. Pensionen kan vila bara en begränsad tid, sedan upphör den.',
    reduced: 'Betalas, men mindre.',
    replaced: 'FPA betalar det högsta handikappbidraget i stället för vårdbidraget medan pensionen är vilande.',
    notPayable: 'Betalas inte i det här alternativet.',
    ended: 'Betalas inte längre: efter sitt slutdatum, en lång vilotid eller sin maxtid.',
  },
  table: {
    incomeHeading: 'Inkomster per månad',
    headroomHeading: 'Hur långt det är till gränserna',
    earnings: 'Lön per månad (före skatt)',
    totalGross: 'Inkomster totalt (före skatt)',
    totalNet: 'I handen (uppskattning)',
    change: 'Ändring från utgångsläget',
    netChange: 'Ändring i handen',
    baselineCell: 'utgångsläge',
    withoutWork: (p) => `utan arbete ${p.amount}`,
    headroomRow: (p) => `Inkomstgräns ${p.limit} (${p.benefits})`,
    suspensionRow: (p) => `Gräns för vilande ${p.limit} (${p.benefits})`,
    headroomLeft: (p) => `${p.amount} kvar`,
    headroomHoursLeft: (p) => `${p.hours} h mer per vecka`,
    headroomOver: (p) => `${p.amount} över gränsen`,
    atLimit: 'precis vid gränsen',
    notCalculated: 'inte beräknat',
    stale: 'inte aktuellt',
    noBenefitRow: '–',
    netMethod: 'Hur beloppet efter skatt räknats',
    methodEstimate: (p) => `uppskattning enligt skattereglerna (${p.municipality} ${p.rate}${p.church ? ' + kyrkoskatt' : ''})`,
    methodTaxCard: 'med procenten på dina skattekort',
    methodNeedsMunicipality: 'inte räknat: ange hemkommun',
    methodNoRules: (p) => `inte räknat: skattereglerna för år ${p.year} saknas`,
    methodAland: 'inte räknat: beskattningen på Åland uppskattas inte',
    extraHour: 'En timme till i veckan',
    extraHourCell: (p) => `${p.net} i handen`,
    extraHourGross: (p) => `lön ${p.pay}`,
    extraHourNone: '–',
    breaks: [
      'Arbets\u00adpension',
      'Folk\u00adpension',
      'Garanti\u00adpension',
      'handi\u00adkapp\u00adbidrag',
      'Vård\u00adbidrag',
      'Sjuk\u00addag\u00adpenning',
      'uppskatt\u00adning',
      'Inkomst\u00adgräns',
      'utgångs\u00adläget',
    ],
  },
  nextSteps: {
    heading: 'Vad händer sedan?',
    tell: 'Berätta om arbetet innan du börjar för alla som betalar dig en förmån. Meddela också om lönen eller timmarna ändras.',
    earningsRelatedPension:
      'Arbetspension: meddela din pensionsanstalt om arbetet och inkomsterna. Fråga vilken din egen inkomstgräns är och om partiell pension (eller partiellt rehabiliteringsstöd) kunde passa dig.',
    kelaPension: 'FPA:s pension: meddela FPA om arbetet. Om pensionen lämnas att vila, meddela FPA när inkomsterna sjunker under gränsen.',
    sicknessAllowance:
      'Sjukdagpenning: meddela FPA alla arbetsdagar. Om du har ett heltidsarbete, tala med arbetsgivaren och läkaren om partiell sjukdagpenning innan du förkortar arbetstiden.',
    keep: 'Spara arbetsavtalet och lönebeskeden: de visar hur mycket du tjänade varje månad.',
    estimate: 'Kalkylen är en uppskattning. Ta med den när du talar med pensionsanstalten, FPA eller arbetsgivaren.',
  },
};
