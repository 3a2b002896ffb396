import type { ExplanationCatalog } from '../params.ts';

/** Arbetspensionens namn enligt beslutet. */
const pension = (fixedTerm: boolean, type: 'full' | 'partial') =>
  type === 'full'
    ? fixedTerm
      ? 'rehabiliteringsstödet'
      : 'invalidpensionen'
    : fixedTerm
      ? 'det partiella rehabiliteringsstödet'
      : 'delinvalidpensionen';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The reasons of the "why" section in Swedish, worded from the engine's codes and figures: loaded with that
 * section (./index.svelte.ts), not with the main catalog (../sv.ts), which holds `beyondVerifiedDate`.
 */
export const explanations: ExplanationCatalog = {
  unofficialFigures: (p) =>
    `Alla siffror har ännu inte lästs från en officiell källa: ${p.parameters}. De är märkta nedan. Kontrollera dem vid behov hos FPA eller pensionsanstalten.`,
  sicknessAllowanceWithDisabilityPension: () =>
    'Sjukdagpenning betalas oftast inte samtidigt som full invalidpension eller FPA:s pension. Kontrollera din situation hos FPA.',
  sicknessAllowanceWithPartialPension: () =>
    'Delinvalidpension kan minska sjukdagpenningen: FPA drar i vissa fall av pensionen från dagpenningen. Här har båda räknats med till fullt belopp, så summan kan vara för stor. Kontrollera med FPA.',
  earningsFromHours: (p) =>
    `${p.hoursPerWeek} timmar per vecka × ${p.hourlyWage} per timme är ${p.monthlyEarnings} per månad (timmar × lön × 52 veckor ÷ 12 månader).`,
  earningsGiven: (p) => `Lönen är ${p.monthlyEarnings} per månad före skatt.`,
  netEstimate: (p) =>
    `Beloppet i handen är en uppskattning. Från lönen dras skatt ${p.wageWithholdingPercent}, arbetspensionsavgift ${p.pensionContributionPercent} och arbetslöshetsförsäkringspremie ${p.unemploymentInsurancePercent}, så av lönen blir ${p.netWage} kvar. Från förmånerna dras skatt ${p.benefitWithholdingPercent}, så av dem blir ${p.netBenefits} kvar.`,
  netNotComputed: (p) => `Beloppet i handen räknades inte eftersom detta saknas: ${p.missing}.`,
  taxEstimate: (p) =>
    `Beloppet i handen är en uppskattning enligt skattereglerna för ${p.year}, som om den här månadens inkomster fortsatte hela året: ${p.annualIncome} per år före skatt. Skatten på det vore ${p.annualTax} per år (${p.taxPercent}): statsskatt, kommunalskatt ${p.municipalPercent}${p.churchMember ? `, kyrkoskatt ${p.churchPercent}` : ''}, sjukförsäkringsavgifterna och rundradioskatten, efter de avdrag som Skatteförvaltningen gör själv.${p.annualContributions ? ` Utöver skatten dras arbetspensionsavgift och arbetslöshetsförsäkringspremie från lönen: ${p.annualContributions} per år.` : ''} Kvar i handen blir ${p.monthlyNet} per månad${p.monthlyTaxFree ? `, med det skattefria handikappbidraget på ${p.monthlyTaxFree}` : ''}.${p.churchMember ? ' ' : ' Kyrkoskatt ingår inte. '}${p.ageGiven ? '' : 'Födelseåret angavs inte, så avgifterna för en person i åldern 18–52 används. '}Avdrag som man själv ska yrka på ingår inte. Skattekortet kan innehålla ett annat belopp; den slutliga skatten fastställs i årets beskattning.`,
  taxEstimateOverridden: (p) =>
    `Du angav procentsatser för förskottsinnehållning, så beloppet i handen räknas med dem. Enligt skattereglerna vore det cirka ${p.estimatedMonthlyNet} per månad.`,
  taxNotEstimatedNoMunicipality: () =>
    'För att se beloppet i handen, ange din hemkommun och om du hör till en kyrka, eller procentsatserna på dina skattekort.',
  taxNotEstimatedNoMunicipalRates: (p) =>
    `Kommunal- och kyrkoskattesatserna för ${p.year} finns inte ännu i räknaren, så skatten för ${p.year} uppskattas inte. För att se beloppet i handen, ange procentsatserna på dina skattekort.`,
  taxNotEstimatedAland: () =>
    'Skatten uppskattas inte för Åland, där inkomster beskattas på ett annat sätt än i Fastlandsfinland. För att se beloppet i handen, ange procentsatserna på dina skattekort.',
  extraHourPaysLittle: (p) =>
    `En timme till per vecka (${p.nextHoursPerWeek} timmar i stället för ${p.hoursPerWeek}) skulle höja lönen med ${p.earningsChange} per månad, men beloppet i handen bara med ${p.netChange}: av den extra lönen blir cirka ${p.keptPercent} kvar.`,
  extraHourPaysNothing: (p) =>
    `En timme till per vecka (${p.nextHoursPerWeek} timmar i stället för ${p.hoursPerWeek}) skulle höja lönen med ${p.earningsChange} per månad, men beloppet i handen skulle ändras med ${p.netChange} per månad. Ekonomiskt lönar sig en extra timme inte här.`,
  netFallsWithMoreHours: (p) =>
    `Mellan ${p.fromHours} och ${p.toHours} timmar per vecka tjänar du mer, men beloppet i handen minskar med ${p.netLoss} per månad.`,
  moreHoursPayLittle: (p) =>
    `Mellan ${p.fromHours} och ${p.toHours} timmar per vecka blir bara cirka ${p.keptPercent} av den extra lönen kvar i handen.`,
  limitFromDecision: (p) => `Inkomstgränsen ${p.limit} per månad kommer från ditt pensionsbeslut.`,
  limitFromStabilisedEarnings: (p) =>
    `Inkomstgränsen är ${p.percent} av din stabiliserade inkomst ${p.stabilisedEarnings}. Det är ${p.limit} per månad.`,
  limitIsEuroMinimum: (p) =>
    `Din egen gräns ${p.personal} är lägre än gränsen i euro. Därför är din gräns ${p.minimum} per månad: så mycket får man alltid förtjäna.`,
  limitUnknownUsingMinimum: (p) =>
    `Ingen inkomstgräns angavs. Räknaren använder den lägsta möjliga gränsen, ${p.minimum} per månad. Din egen gräns kan vara högre: den står i pensionsbeslutet.`,
  suspensionLimitAssumedMinimum: (p) =>
    `Av beslutets siffror syns inte vid vilka inkomster pensionen skulle bli vilande. För säkerhets skull använder räknaren ${p.minimum}. Om du vet din stabiliserade inkomst, lägg till den.`,
  withinLimit: (p) =>
    `Inkomsterna ${p.earnings} per månad ligger inom inkomstgränsen ${p.limit}. ${cap(pension(p.fixedTerm, p.type))} betalas som förut.`,
  overFullPensionLimit: (p) =>
    `Inkomsterna ${p.earnings} är över inkomstgränsen ${p.limit} men högst ${p.suspensionLimit}. Pensionsanstalten kan då ändra ${pension(p.fixedTerm, 'full')} till ${
      p.fixedTerm ? 'partiellt rehabiliteringsstöd' : 'delinvalidpension'
    }, som betalas med ${p.sharePercent} av det nuvarande beloppet.${p.fixedTerm ? ' Rehabiliteringsstödet upphör ändå den dag som står i beslutet.' : ''}`,
  overSuspensionLimit: (p) =>
    `Inkomsterna ${p.earnings} är över ${p.suspensionLimit}. När inkomsterna stannar över gränsen lämnas ${pension(p.fixedTerm, p.type)} vilande på din anmälan eller på pensionsanstaltens initiativ: ingen pension betalas för de månaderna. Berätta om arbetet för pensionsanstalten innan du börjar: pension som betalats för månader då inkomsterna var över gränsen kan krävas tillbaka. Vilotiden är minst ${p.restMinimumMonths} och högst ${p.restMaximumMonths} månader: om inkomsterna därefter fortfarande är över gränsen upphör pensionen, och du måste ansöka om den på nytt.${p.fixedTerm ? ' Rehabiliteringsstödet upphör ändå den dag som står i beslutet.' : ''}`,
  restartWithoutNewAssessment: () =>
    'När inkomsterna åter är under gränsen, meddela pensionsanstalten. Utbetalningen börjar igen utan en ny bedömning av arbetsförmågan.',
  shortExceedanceMayBeTolerated: (p) =>
    `En kort tid över gränsen, under ${p.restMinimumMonths} månader i följd, avbryter oftast inte pensionen. Semesterpenningen räknas med: den fördelas över hela året och måste också rymmas inom inkomstgränsen, så lämna lite marginal. En bonus som betalas en gång om året räknas inte. Fråga din pensionsanstalt.`,
  fullPensionPaidUntilReview: (p) =>
    `Pensionsanstalten granskar din situation och beslutar om pensionen ändras till delinvalidpension och från när. Ändringen kan också gälla tid som redan gått: då krävs den pension som betalats för mycket tillbaka. Därför visas här beloppet för delpensionen (${p.sharePercent}). Berätta om arbetet för pensionsanstalten innan du börjar.`,
  newPensionAccrues: (p) =>
    `Arbetet ger dig ny pension: ${p.percent} av lönen, sedan arbetstagarens pensionsavgift dragits av. Ett års arbete med den här lönen höjer din framtida ålderspension med något under ${p.monthlyPensionPerYearOfWork} per månad.`,
  kelaAmountFromDecision: (p) => `Folkpensionen ${p.amount} per månad kommer från FPA:s beslut.`,
  kelaAmountComputed: (p) =>
    `Folkpensionen är en uppskattning. Full folkpension är ${p.fullAmount} (${p.livingWithPartner ? 'för den som bor med partner' : 'för ensamboende'}). Den minskas med ${p.reductionPercent} av den del av andra pensioner som överstiger ${p.threshold}. Andra pensioner är ${p.otherPensions}. Uppskattning: ${p.amount} per månad. Det exakta beloppet står i FPA:s beslut.`,
  kelaBelowMinimumPayable: (p) => `Den beräknade folkpensionen är under det minsta belopp som betalas, ${p.minimum}, så den betalas inte.`,
  kelaOverOtherPensionsLimit: (p) =>
    `Dina andra pensioner är mer än ${p.limit} per månad. Det är FPA:s gräns för andra pensioner (${p.livingWithPartner ? 'med partner' : 'ensamboende'}), så FPA:s pension betalas inte.`,
  kelaNotWithPartialPension: () => 'Folkpension betalas oftast inte om du bara får partiell arbetspension. Kontrollera FPA:s beslut.',
  kelaLimitIsEuroMinimum: (p) =>
    `För FPA:s pension är gränsen alltid ${p.limit} per månad, även om gränsen för din arbetspension, ${p.earningsRelatedLimit}, är högre. Är inkomsterna över ${p.limit} flera månader i följd blir FPA:s pension vilande.`,
  kelaWithinLimit: (p) => `Inkomsterna ${p.earnings} ligger inom FPA:s inkomstgräns ${p.limit}. Lönen minskar inte FPA:s pension.`,
  kelaOverLimit: (p) =>
    `Inkomsterna ${p.earnings} är över FPA:s gräns ${p.limit}. Om de är över gränsen ${p.restMinimumMonths} månader i följd avbryter FPA utbetalningen av pensionen, det vill säga pensionen blir vilande, i minst ${p.restMinimumMonths} och högst ${p.restMaximumMonths} månader. Meddela FPA om arbetet innan du börjar: pension som betalats för mycket kan krävas tillbaka. När inkomsterna är under gränsen, meddela FPA så börjar utbetalningen igen. Om pensionen har varit vilande i ${p.restMaximumMonths} månader och arbetet fortsätter upphör pensionen, och du måste ansöka om den på nytt.${p.fixedTerm ? ' Rehabiliteringsstödet upphör ändå den dag som står i beslutet.' : ''}`,
  kelaShortExceedanceMayBeTolerated: () =>
    'En kort tid över gränsen avbryter inte nödvändigtvis FPA:s pension: FPA kan se ett kort arbete, till exempel två månader, som arbetsprövning. Berätta om arbetet för FPA och fråga hur semesterpenning och andra engångsbelopp beaktas.',
  kelaExemptFromEarningsTest: () =>
    'Den här pensionen från FPA har beviljats enligt 12 § 4 mom. i folkpensionslagen (till exempel till den som är blind eller inte kan röra sig utan hjälp). Inkomstgränserna gäller inte den: lönen avbryter den inte och gör den inte vilande.',
  guaranteeAmountFromDecision: (p) => `Garantipensionen ${p.amount} per månad kommer från FPA:s beslut.`,
  guaranteeAmountComputed: (p) =>
    `Garantipensionen är en uppskattning: full garantipension ${p.fullAmount} minus andra pensioner ${p.otherPensions} är ${p.amount} per månad.`,
  guaranteeBelowMinimumPayable: (p) =>
    `Den beräknade garantipensionen är under det minsta belopp som betalas, ${p.minimum}, så den betalas inte.`,
  guaranteeNotWithPartialPension: () => 'Garantipension betalas inte vid sidan av partiell pension.',
  kelaRevisedAfterEarningsRelatedEnded: (p) =>
    `Din arbetspension betalas inte från och med ${p.endedFrom}: den har upphört. Arbetspensionen minskar folkpensionen, så FPA justerar folkpensionen när den får veta om ändringen: från ${p.before} till ${p.after} per månad. I den här planen visas det nya beloppet från och med ${p.revisedFrom}; FPA beslutar från vilken månad det betalas. Meddela FPA att arbetspensionen har upphört (i OmaFPA eller på justeringsblanketten). Om arbetspensionen ändå fortsätter, förblir beloppet ${p.before}.`,
  guaranteeRevisedAfterEarningsRelatedEnded: (p) =>
    `Din arbetspension betalas inte från och med ${p.endedFrom}: den har upphört. Garantipensionen är full garantipension minus andra pensioner, så FPA justerar den när den får veta om ändringen: från ${p.before} till ${p.after} per månad. I den här planen visas det nya beloppet från och med ${p.revisedFrom}; FPA beslutar från vilken månad det betalas. Meddela FPA om ändringen. Om arbetspensionen ändå fortsätter, ändras ingenting.`,
  kelaDecisionAfterEarningsRelatedEnded: (p) =>
    `Din arbetspension betalas inte från och med ${p.endedFrom}: den har upphört. Folkpensionen i FPA:s beslut är beräknad med den, så FPA justerar den när du meddelar att arbetspensionen har upphört, och den kan stiga. Räknaren kan inte räkna ut det nya beloppet från beslutet, så här visas beslutets belopp. Fråga FPA.`,
  guaranteeDecisionAfterEarningsRelatedEnded: (p) =>
    `Din arbetspension betalas inte från och med ${p.endedFrom}: den har upphört. Garantipensionen i FPA:s beslut är beräknad med den, så FPA justerar den när du meddelar att arbetspensionen har upphört, och den kan stiga. Räknaren kan inte räkna ut det nya beloppet från beslutet, så här visas beslutets belopp. Fråga FPA.`,
  guaranteeEarningsTestWhileKelaExempt: (p) =>
    `Lagen 738/2009 om återgång i arbete undantar bara själva pensionen från FPA, inte garantipensionen som betalas vid sidan av den. För säkerhets skull tillämpar räknaren gränsen ${p.limit} på garantipensionen: ${p.over ? `med inkomsterna ${p.earnings} skulle den bli vilande` : `inkomsterna ${p.earnings} ligger inom den`}. Fråga FPA hur din garantipension behandlas.`,
  disabilityAllowanceOnlyDuringRest: (p) =>
    `Eftersom du får vårdbidrag för pensionstagare betalar FPA det högsta handikappbidraget, ${p.amount} per månad, medan pensionen är vilande. I det här alternativet är pensionen inte vilande.`,
  disabilityAllowanceDuringRest: (p) =>
    `Medan pensionen är vilande betalar FPA det högsta handikappbidraget, ${p.amount} per månad, i stället för vårdbidraget.`,
  disabilityAllowanceInsteadOfCare: (p) =>
    `Medan pensionen är vilande betalar FPA det högsta handikappbidraget, ${p.amount} per månad, i stället för vårdbidraget ${p.careAllowance}. Vårdbidraget betalas inte under den tiden, så du får ${p.difference} mer än utan arbete.`,
  careAllowanceWithinLimit: (p) =>
    `Vårdbidraget ${p.careAllowance} betalas som förut. Om pensionen blir vilande betalar FPA det högsta handikappbidraget ${p.amount} i stället.`,
  careAllowanceLevelUnknown: (p) =>
    `Vårdbidraget betalas inte medan handikappbidraget betalas. Dess belopp (${p.lowest}–${p.highest} beroende på nivån) är inte avdraget, eftersom vårdbidragets nivå inte angavs: det verkliga tillskottet är så mycket mindre.`,
  sicknessDailyFromDecision: (p) => `Dagpenningen ${p.dailyAmount} per dag kommer från FPA:s beslut.`,
  sicknessDailyEstimated: (p) =>
    `Dagpenningen är uppskattad utifrån inkomsten ${p.annualIncome} per år. ${p.deductionPercent} dras av, så ${p.incomeAfterDeduction} blir kvar. Med formeln för ${p.year} blir dagpenningen cirka ${p.dailyAmount} per dag.`,
  sicknessDailyMinimum: (p) => `Dagpenningen är alltid minst ${p.minimum} per dag.`,
  sicknessDailyEstimatedWithEntrepreneurIncome: (p) =>
    `Dagpenningen är uppskattad utifrån löneinkomsten ${p.wageIncome} per år (${p.deductionPercent} dras av, så ${p.wageIncomeAfterDeduction} blir kvar) och FöPL- eller LFöPL-arbetsinkomsten ${p.entrepreneurIncome}, som inget dras av från: sammanlagt ${p.annualIncome}. Med formeln för ${p.year} blir dagpenningen cirka ${p.dailyAmount} per dag.`,
  sicknessFormulaOfEntitlementYear: (p) =>
    `Sjukledigheten började ${p.entitlementStartDate}, så formeln och avdraget för ${p.year} används.`,
  sicknessEntitlementAssumedThisMonth: (p) =>
    `Startdagen för sjukledigheten angavs inte, så räknaren antar att den började i ${p.month} och använder formeln för ${p.year}. Om den började tidigare, ge startdagen: då används formeln för det året.`,
  sicknessNoEarningsBasedAllowance: (p) =>
    `Årsinkomsten ${p.annualIncome} är högst ${p.limit}, så det finns ingen dagpenning som grundar sig på arbetsinkomster. FPA betalar då minimidagpenningen ${p.minimum} per vardag efter självrisktiden (insjuknandedagen och de 9 vardagarna efter den).`,
  sicknessPaidForWeekdays: (p) =>
    `Dagpenningen betalas för vardagar, måndag till lördag, inte för söckenhelger. ${cap(p.month)} har ${p.weekdays} sådana dagar: ${p.weekdays} × ${p.dailyAmount}. Den betalas för högst ${p.maximumDays} vardagar.`,
  sicknessNotPaidForWorkDays: (p) =>
    `Dagpenningen betalas inte för de dagar du arbetar. Med ${p.workDaysPerWeek} arbetsdagar per vecka blir det ${p.workedDays} arbetsdagar den här månaden. Dagpenning betalas för ${p.paidDays} dagar (av ${p.weekdays} vardagar).`,
  assumedWorkDaysPerWeek: (p) => `Antalet arbetsdagar angavs inte, så räknaren antar ${p.workDaysPerWeek} arbetsdagar per vecka.`,
  regularWorkEndsSicknessAllowance: () =>
    'Om du arbetar regelbundet kan FPA anse att du kan arbeta, och dagpenningen kan upphöra. Fråga FPA hur arbete passar ihop med dagpenningen.',
  partialSicknessAllowanceApplies: (p) =>
    `Du arbetar ${p.hoursPerWeek} timmar per vecka och din heltid är ${p.fullTimeHoursPerWeek} timmar. Det är mellan ${p.minHours} och ${p.maxHours} timmar. Om detta är ditt eget heltidsarbete, där du kommer överens med din arbetsgivare om kortare arbetstid för minst 12 vardagar, och läkaren anser att det passar dig, kan du få partiell sjukdagpenning: ${p.sharePercent} av dagpenningen, ${p.dailyAmount} per dag, för ${p.weekdays} vardagar. Den betalas för högst ${p.maximumDays} vardagar. Arbetsgivaren betalar lön för de timmar du arbetar. Ett nytt deltidsarbete hos en annan arbetsgivare ger inte rätt till den.`,
  partialSicknessOutsideBand: (p) =>
    `Partiell sjukdagpenning är möjlig med ${p.minHours}–${p.maxHours} timmar per vecka. ${p.hoursPerWeek} timmar ligger utanför det.`,
  partialSicknessNeedsFullTimeJob: (p) =>
    `Partiell sjukdagpenning kräver ett heltidsarbete där arbetstiden förkortas. Heltid är minst ${p.minimumHours} timmar per vecka (eller i genomsnitt så mycket under utjämningsperioden) eller den normala heltiden i branschen. ${
      p.fullTimeHoursPerWeek
        ? `De ${p.fullTimeHoursPerWeek} timmar du angav är mindre: om det är heltid i branschen, ange det.`
        : 'Ingen heltid angavs.'
    }`,
  partialSicknessNeedsHours: () =>
    'Uppskattningen av partiell sjukdagpenning behöver timmar per vecka. Ge timmar och timlön i stället för månadslön.',
  partialSicknessSectorFullTime: (p) =>
    `${p.fullTimeHoursPerWeek} timmar per vecka är mindre än ${p.minimumHours} timmar, men det har angetts som normal heltid i branschen, vilket också räknas som heltidsarbete för partiell sjukdagpenning. FPA avgör saken utifrån arbetsavtalet och kollektivavtalet.`,
  fixedTermEndsOn: (p) =>
    `Det är beviljat till och med ${p.endsOn}. Om du fortfarande inte kan arbeta som förut, ansök om fortsättning i god tid före den dagen.`,
  fixedTermEndsThisMonth: (p) =>
    `Det upphör ${p.endsOn}, den här månaden. Efter det betalas inget om inte en fortsättning beviljas: ansök nu om du inte redan har gjort det.`,
  fixedTermEnded: (p) =>
    `Det upphörde ${p.endsOn}. Det betalas inte efter det om inte en fortsättning har beviljats. Om du har ansökt står det i beslutet vad som betalas.`,
  sicknessDaysCounted: (p) => `Till maxtiden (${p.maximumDays} dagar) har vid slutet av den här månaden räknats ${p.daysCounted} dagar.`,
  partialSicknessDaysCounted: (p) =>
    `Till den partiella sjukdagpenningens egen maxtid (${p.maximumDays} dagar) har vid slutet av den här månaden räknats ${p.daysCounted} dagar.`,
  sicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `Maxtiden för sjukdagpenning, ${p.maximumDays} vardagar, är nådd: den betalas inte längre.`
      : `Vid månadens början har ${p.daysCounted} dagar räknats, så dag ${p.maximumDays} skulle infalla den här månaden. FPA betalar sjukdagpenning bara till slutet av månaden före, så från och med den här månaden betalas den inte. Om du fortfarande inte kan arbeta, tala i god tid med FPA och pensionsanstalten om rehabilitering eller pension.`,
  partialSicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `Maxtiden för partiell sjukdagpenning, ${p.maximumDays} vardagar, är nådd: den betalas inte längre.`
      : `Dag ${p.maximumDays}, den sista dagen med partiell sjukdagpenning, är ${p.lastDay}. Efter det betalas den inte.`,
  exceedanceTolerated: (p) =>
    `Inkomsten ${p.earnings} är över gränsen ${p.limit}, men bara ${p.monthsInRow === '1' ? 'en månad' : `${p.monthsInRow} månader i rad`}. Pensionsanstalterna och FPA agerar i regel först när gränsen överskrids minst ${p.restMinimumMonths} månader i rad, så pensionen visas som betald som förut. Berätta om arbetet för pensionsanstalten eller FPA.${p.untilPlanEnd ? ' Om arbetet fortsätter efter planens sista månad kan pensionen lämnas vilande för hela tiden.' : ''}`,
  restMonth: (p) =>
    `I den här planen är inkomsten över gränsen ${p.monthsInRow} månader i rad, så pensionen vilar: den betalas inte för dessa månader. Det här är vilans månad ${p.monthOfRest}; en pension kan vila högst ${p.restMaximumMonths} månader, och om arbetet fortsätter efter det upphör pensionen.`,
  restEndedPension: (p) =>
    `Pensionen har vilat i ${p.restMaximumMonths} månader och arbetet fortsätter: pensionen upphör från och med ${p.endedFrom}. För att få den igen krävs en ny ansökan.`,
  paymentResumes: () =>
    'Inkomsten är under gränsen igen: pensionen betalas igen från och med den här månaden, utan en ny bedömning av arbetsförmågan. Meddela pensionsanstalten eller FPA att arbetet har upphört eller minskat.',
  mayBecomePartialOverTime: (p) =>
    `I den här planen är inkomsten över gränsen för full pension ${p.monthsInRow} månader i rad. Pensionsanstalten kan då granska pensionen och ändra den till delinvalidpension, som betalas med ${p.sharePercent} av nuvarande belopp. När den gör det och från när är dess beslut: ändringen kan också gälla tid som redan gått, och då krävs den pension som betalats för mycket tillbaka. För säkerhets skull visas den partiella pensionen för dessa månader.`,
  kelaRestsWithEarningsRelated: (p) =>
    `Arbetspensionen betalas inte fullt ut dessa månader (den vilar eller kan ändras till delpension). Det höjer inte FPA:s pensioner nu: de vilar också, eftersom samma inkomster är över FPA:s gräns ${p.limit}. När de betalas igen minskar arbetspensionen folkpensionen som förut.`,
  kelaPaidWhileEarningsRelatedRests: () =>
    'Arbetspensionen betalas inte fullt ut den här månaden (den vilar eller kan ändras till delpension), men den här pensionen från FPA har ingen inkomstgräns och betalas. Den visas som förut, minskad med arbetspensionen: de källor som lästs säger inte om FPA räknar med en vilande arbetspension. Meddela FPA om vilan och fråga om folkpensionen ändras.',
  sicknessWaitingPeriod: (p) =>
    `Sjukledigheten började ${p.entitlementStartDate}. Den dagen och de ${p.waitingWeekdays} följande vardagarna är självrisktid, som FPA inte betalar för (arbetsgivaren betalar ofta lön för den). Dagpenningen betalas från och med ${p.firstPaidDay}.`,
  sicknessDaysUsedEstimated: (p) =>
    `Sjukledigheten började ${p.entitlementStartDate}. Före ${p.month} räknas ${p.daysUsed} vardagar efter självrisktiden till maxtiden, som om dagpenning hade betalats för dem alla. Om FPA visar ett annat antal, ange de använda dagarna.`,
  sicknessCountedFromPlanStart: (p) =>
    `Inget startdatum för sjukledigheten angavs. Dagpenningen antas betalas från och med ${p.month} med det årets formel, och dagarna räknas därifrån. Ange startdatumet eller de redan använda dagarna för en noggrannare räkning.`,
  holidayBonusSpread: (p) =>
    `Semesterpenningen ${p.holidayBonus} är inkomst för den här månaden, men för inkomstgränserna fördelas den över hela året ${p.year}: ${p.monthlyShare} i månaden. Den tar inte den här månaden över en gräns.`,
  holidayBonusOverLimit: (p) =>
    `När årets semesterpenning fördelas är inkomsten ${p.countedEarnings}, över gränsen ${p.limit}. En pension lämnas i regel inte vilande enbart på grund av semesterpenning, men den bör rymmas inom gränsen under året: berätta det för pensionsanstalten.`,
  annualBonusNotCounted: (p) =>
    `Bonusen ${p.annualBonus} som betalas en gång om året är inkomst för den här månaden, men den räknas inte till pensionens inkomstgräns.`,
  yearNetEstimate: (p) =>
    p.fullYear
      ? `Skatten för ${p.year} är uppskattad på årets inkomster i den här planen: skatter och avgifter är ${p.taxPercent} av dem. Varje månads belopp efter skatt är dess andel. Den slutliga skatten fastställs efter året.`
      : `Planen omfattar ${p.months} månader av ${p.year}. Skatten är uppskattad som om årets övriga månader vore likadana (skatter och avgifter ${p.taxPercent} av inkomsterna), och dessa månaders andel har tagits. Den slutliga skatten fastställs efter året.`,
  yearNetFromWithholding: (p) =>
    `Beloppen efter skatt för ${p.year} är beräknade med de skatteprocent som angavs. Förskottsinnehållningen är inte den slutliga skatten.`,
  yearNetNeedsMunicipality: () => 'Beloppet efter skatt har inte uppskattats: ange hemkommunen (eller skatteprocenten).',
  yearNetNoTaxRules: (p) =>
    `Beloppet efter skatt för ${p.year} har inte uppskattats: räknaren har de skatteuppgifter som behövs från och med ${p.availableFrom}. Du kan ange skatteprocenten i stället.`,
  yearNetNotForAland: () =>
    'Beskattningen på Åland skiljer sig från fastlandet, och räknaren uppskattar den inte. Du kan ange skatteprocenten i stället.',
};
