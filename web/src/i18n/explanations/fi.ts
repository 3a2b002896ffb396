import type { ExplanationCatalog } from '../params.ts';

/** Työeläkkeen nimi päätöksen mukaan. */
const pension = (fixedTerm: boolean, type: 'full' | 'partial') =>
  type === 'full' ? (fixedTerm ? 'kuntoutustuki' : 'työkyvyttömyyseläke') : fixedTerm ? 'osakuntoutustuki' : 'osatyökyvyttömyyseläke';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The reasons of the "why" section in Finnish, worded from the engine's codes and figures: loaded with that
 * section (./index.svelte.ts), not with the main catalog (../fi.ts), which holds `beyondVerifiedDate`.
 */
export const explanations: ExplanationCatalog = {
  unofficialFigures: (p) =>
    `Kaikkia lukuja ei ole vielä luettu virallisesta lähteestä: ${p.parameters}. Ne on merkitty alla. Tarkista ne tarvittaessa Kelasta tai eläkeyhtiöstä.`,
  sicknessAllowanceWithDisabilityPension: () =>
    'Sairauspäivärahaa ei yleensä makseta samaan aikaan täyden työkyvyttömyyseläkkeen tai Kelan eläkkeen kanssa. Tarkista tilanne Kelasta.',
  sicknessAllowanceWithPartialPension: () =>
    'Osatyökyvyttömyyseläke voi pienentää sairauspäivärahaa: Kela vähentää eläkkeen päivärahasta tietyissä tilanteissa. Tässä molemmat on laskettu mukaan täysinä, joten yhteissumma voi olla liian suuri. Tarkista asia Kelasta.',
  earningsFromHours: (p) =>
    `${p.hoursPerWeek} tuntia viikossa × ${p.hourlyWage} tunnilta on ${p.monthlyEarnings} kuukaudessa (tunnit × palkka × 52 viikkoa ÷ 12 kuukautta).`,
  earningsGiven: (p) => `Palkka on ${p.monthlyEarnings} kuukaudessa ennen veroja.`,
  netEstimate: (p) =>
    `Käteen jäävä summa on arvio. Palkasta vähennetään vero ${p.wageWithholdingPercent}, työeläkemaksu ${p.pensionContributionPercent} ja työttömyysvakuutusmaksu ${p.unemploymentInsurancePercent}: palkasta jää ${p.netWage}. Etuuksista vähennetään vero ${p.benefitWithholdingPercent}: niistä jää ${p.netBenefits}.`,
  netNotComputed: (p) => `Käteen jäävää summaa ei laskettu, koska puuttuu: ${p.missing}.`,
  taxEstimate: (p) =>
    `Käteen jäävä summa on arvio vuoden ${p.year} verosäännöistä, ikään kuin tämän kuukauden tulot jatkuisivat koko vuoden: ${p.annualIncome} vuodessa ennen veroja. Veroa siitä menisi ${p.annualTax} vuodessa (${p.taxPercent}): valtion vero, kunnallisvero ${p.municipalPercent}${p.churchMember ? `, kirkollisvero ${p.churchPercent}` : ''}, sairausvakuutusmaksut ja Yle-vero, kun Verohallinnon itse tekemät vähennykset on tehty.${p.annualContributions ? ` Palkasta menee veron lisäksi työeläke- ja työttömyysvakuutusmaksu, ${p.annualContributions} vuodessa.` : ''} Käteen jää ${p.monthlyNet} kuukaudessa${p.monthlyTaxFree ? `, kun veroton vammaistuki ${p.monthlyTaxFree} on mukana` : ''}.${p.churchMember ? ' ' : ' Kirkollisveroa ei ole laskettu. '}${p.ageGiven ? '' : 'Syntymävuotta ei annettu, joten maksut on laskettu 18–52-vuotiaan mukaan. '}Itse haettavia vähennyksiä ei ole otettu huomioon. Verokortin pidätys voi olla eri suuruinen; lopullinen vero selviää vuoden verotuksessa.`,
  taxEstimateOverridden: (p) =>
    `Annoit ennakonpidätysprosentit, joten käteen jäävä summa on laskettu niillä. Verosääntöjen mukaan se olisi noin ${p.estimatedMonthlyNet} kuukaudessa.`,
  taxNotEstimatedNoMunicipality: () =>
    'Jos haluat nähdä käteen jäävän summan, anna kotikuntasi ja tieto kirkon jäsenyydestä, tai verokorttien pidätysprosentit.',
  taxNotEstimatedNoMunicipalRates: (p) =>
    `Vuoden ${p.year} kunta- ja kirkollisveroprosentit eivät ole vielä laskurissa, joten vuoden ${p.year} veroa ei arvioida. Jos haluat nähdä käteen jäävän summan, anna verokorttien pidätysprosentit.`,
  taxNotEstimatedAland: () =>
    'Ahvenanmaalla asuvan veroa ei arvioida, koska siellä tuloja verotetaan eri tavalla kuin Manner-Suomessa. Jos haluat nähdä käteen jäävän summan, anna verokorttien pidätysprosentit.',
  extraHourPaysLittle: (p) =>
    `Yksi tunti lisää viikossa (${p.nextHoursPerWeek} tuntia ${p.hoursPerWeek} tunnin sijaan) nostaisi palkkaa ${p.earningsChange} kuukaudessa, mutta käteen jäävää summaa vain ${p.netChange}: lisäpalkasta jäisi käteen noin ${p.keptPercent}.`,
  extraHourPaysNothing: (p) =>
    `Yksi tunti lisää viikossa (${p.nextHoursPerWeek} tuntia ${p.hoursPerWeek} tunnin sijaan) nostaisi palkkaa ${p.earningsChange} kuukaudessa, mutta käteen jäävä summa muuttuisi ${p.netChange} kuukaudessa. Rahallisesti lisätunti ei tässä kohdassa kannata.`,
  netFallsWithMoreHours: (p) =>
    `Kun työaika nousee ${p.fromHours} tunnista ${p.toHours} tuntiin viikossa, palkka nousee, mutta käteen jäävä summa pienenee ${p.netLoss} kuukaudessa.`,
  moreHoursPayLittle: (p) =>
    `Kun työaika nousee ${p.fromHours} tunnista ${p.toHours} tuntiin viikossa, lisäpalkasta jää käteen vain noin ${p.keptPercent}.`,
  limitFromDecision: (p) => `Ansaintaraja ${p.limit} kuukaudessa on eläkepäätökseltäsi.`,
  limitFromStabilisedEarnings: (p) =>
    `Ansaintaraja on ${p.percent} vakiintuneesta keskiansiostasi ${p.stabilisedEarnings}. Se on ${p.limit} kuukaudessa.`,
  limitIsEuroMinimum: (p) =>
    `Oma rajasi ${p.personal} on pienempi kuin euromääräinen raja. Siksi rajasi on ${p.minimum} kuukaudessa: sen verran voi aina ansaita.`,
  limitUnknownUsingMinimum: (p) =>
    `Ansaintarajaa ei annettu. Laskuri käyttää pienintä mahdollista rajaa, ${p.minimum} kuukaudessa. Oma rajasi voi olla suurempi: se lukee eläkepäätöksessä.`,
  suspensionLimitAssumedMinimum: (p) =>
    `Päätöksen luvuista ei näe, millä ansioilla eläke jäisi lepäämään. Laskuri käyttää varmuuden vuoksi rajaa ${p.minimum}. Jos tiedät vakiintuneen keskiansiosi, lisää se.`,
  withinLimit: (p) =>
    `Ansiot ${p.earnings} kuukaudessa ovat ansaintarajan ${p.limit} sisällä. ${cap(pension(p.fixedTerm, p.type))} maksetaan niin kuin ennenkin.`,
  overFullPensionLimit: (p) =>
    `Ansiot ${p.earnings} ovat yli ansaintarajan ${p.limit}, mutta enintään ${p.suspensionLimit}. Eläkeyhtiö voi silloin muuttaa ${
      p.fixedTerm ? 'kuntoutustuen osakuntoutustueksi' : 'työkyvyttömyyseläkkeen osatyökyvyttömyyseläkkeeksi'
    }. Sitä maksetaan silloin ${p.sharePercent} nykyisestä.${p.fixedTerm ? ' Kuntoutustuki päättyy silti päätöksessä mainittuna päivänä.' : ''}`,
  overSuspensionLimit: (p) =>
    `Ansiot ${p.earnings} ovat yli rajan ${p.suspensionLimit}. Kun ansiot pysyvät rajan yläpuolella, ${pension(p.fixedTerm, p.type)} jätetään lepäämään ilmoituksestasi tai eläkeyhtiön aloitteesta: sitä ei makseta niiltä kuukausilta. Kerro työstä eläkeyhtiölle ennen kuin aloitat: eläke, joka on maksettu kuukausilta, joina ansiot olivat yli rajan, voidaan periä takaisin. Lepääminen kestää vähintään ${p.restMinimumMonths} ja enintään ${p.restMaximumMonths} kuukautta: jos ansiot ovat sen jälkeen yhä yli rajan, eläke lakkaa, ja se pitää hakea uudelleen.${p.fixedTerm ? ' Kuntoutustuki päättyy silti päätöksessä mainittuna päivänä.' : ''}`,
  restartWithoutNewAssessment: () =>
    'Kun ansiot taas laskevat rajan alle, ilmoita eläkeyhtiölle. Maksu alkaa uudelleen ilman uutta työkyvyn arviota.',
  shortExceedanceMayBeTolerated: (p) =>
    `Lyhyt ylitys, alle ${p.restMinimumMonths} kuukautta peräkkäin, ei yleensä keskeytä eläkettä. Lomaraha lasketaan mukaan: se jaetaan koko vuodelle, ja senkin pitää mahtua ansaintarajaan, joten jätä rajaan vähän väliä. Kerran vuodessa maksettava palkkio ei vaikuta. Kysy omasta eläkeyhtiöstäsi.`,
  fullPensionPaidUntilReview: (p) =>
    `Eläkeyhtiö tarkistaa tilanteesi ja päättää, muuttuuko eläke osaeläkkeeksi ja mistä alkaen. Muutos voi koskea myös mennyttä aikaa: silloin liikaa maksettu eläke peritään takaisin. Siksi tässä näkyy osaeläkkeen määrä (${p.sharePercent}). Kerro työstä eläkeyhtiölle ennen kuin aloitat.`,
  newPensionAccrues: (p) =>
    `Työstä kertyy sinulle uutta eläkettä: ${p.percent} palkasta, kun siitä on ensin vähennetty työntekijän eläkemaksu. Vuoden työ tällä palkalla kasvattaa tulevaa vanhuuseläkettäsi vähän alle ${p.monthlyPensionPerYearOfWork} kuukaudessa.`,
  kelaAmountFromDecision: (p) => `Kansaneläke ${p.amount} kuukaudessa on Kelan päätökseltä.`,
  kelaAmountComputed: (p) =>
    `Kansaneläke on arvio. Täysi kansaneläke on ${p.fullAmount} (${p.livingWithPartner ? 'puolison kanssa asuvalle' : 'yksin asuvalle'}). Siitä vähennetään ${p.reductionPercent} siitä osasta muita eläkkeitä, joka ylittää ${p.threshold}. Muut eläkkeet ovat ${p.otherPensions}. Arvio: ${p.amount} kuukaudessa. Tarkka määrä on Kelan päätöksessä.`,
  kelaBelowMinimumPayable: (p) => `Laskettu kansaneläke jää alle pienimmän maksettavan määrän ${p.minimum}, joten sitä ei makseta.`,
  kelaOverOtherPensionsLimit: (p) =>
    `Muut eläkkeesi ovat yli ${p.limit} kuukaudessa. Se on Kelan raja muille eläkkeille (${p.livingWithPartner ? 'puolison kanssa asuva' : 'yksin asuva'}), joten Kelan eläkettä ei makseta.`,
  kelaNotWithPartialPension: () => 'Kansaneläkettä ei yleensä makseta, jos saat työeläkettä vain osaeläkkeenä. Tarkista Kelan päätös.',
  kelaLimitIsEuroMinimum: (p) =>
    `Kelan eläkkeessä raja on aina ${p.limit} kuukaudessa, vaikka työeläkkeesi raja ${p.earningsRelatedLimit} on suurempi. Jos ansiot ovat yli ${p.limit} useana kuukautena peräkkäin, Kelan eläke jää lepäämään.`,
  kelaWithinLimit: (p) => `Ansiot ${p.earnings} ovat Kelan ansaintarajan ${p.limit} sisällä. Palkka ei pienennä Kelan eläkettä.`,
  kelaOverLimit: (p) =>
    `Ansiot ${p.earnings} ovat yli Kelan rajan ${p.limit}. Jos ne ovat rajan yläpuolella ${p.restMinimumMonths} kuukautta peräkkäin, Kela keskeyttää eläkkeen maksun eli eläke jää lepäämään, vähintään ${p.restMinimumMonths} ja enintään ${p.restMaximumMonths} kuukaudeksi. Ilmoita työstä Kelaan ennen kuin aloitat: liikaa maksettu eläke voidaan periä takaisin. Kun ansiot laskevat rajan alle, ilmoita Kelaan, niin maksu alkaa taas. Jos eläke on levännyt ${p.restMaximumMonths} kuukautta ja työ jatkuu, eläke lakkaa, ja se pitää hakea uudelleen.${p.fixedTerm ? ' Kuntoutustuki päättyy silti päätöksessä mainittuna päivänä.' : ''}`,
  kelaShortExceedanceMayBeTolerated: () =>
    'Lyhyt rajan ylitys ei välttämättä keskeytä Kelan eläkettä: Kela voi pitää lyhyttä työtä, esimerkiksi kahta kuukautta, työkokeiluna. Kerro työstä Kelaan ja kysy, miten lomaraha ja muut kertaerät otetaan huomioon.',
  kelaExemptFromEarningsTest: () =>
    'Tämä Kelan eläke on myönnetty kansaneläkelain 12 §:n 4 momentin perusteella (esimerkiksi sokealle tai henkilölle, joka ei pysty liikkumaan ilman apua). Ansaintarajat eivät koske sitä: palkka ei keskeytä eläkettä eikä jätä sitä lepäämään.',
  guaranteeAmountFromDecision: (p) => `Takuueläke ${p.amount} kuukaudessa on Kelan päätökseltä.`,
  guaranteeAmountComputed: (p) =>
    `Takuueläke on arvio: täysi takuueläke ${p.fullAmount} miinus muut eläkkeet ${p.otherPensions} on ${p.amount} kuukaudessa.`,
  guaranteeBelowMinimumPayable: (p) => `Laskettu takuueläke jää alle pienimmän maksettavan määrän ${p.minimum}, joten sitä ei makseta.`,
  guaranteeNotWithPartialPension: () => 'Takuueläkettä ei makseta osaeläkkeen rinnalla.',
  kelaRevisedAfterEarningsRelatedEnded: (p) =>
    `Työeläkettäsi ei makseta kuukaudesta ${p.endedFrom} alkaen: se on päättynyt. Työeläke pienentää kansaneläkettä, joten Kela tarkistaa kansaneläkkeen, kun se saa tiedon muutoksesta: ${p.before} → ${p.after} kuukaudessa. Tässä suunnitelmassa uusi määrä näkyy kuukaudesta ${p.revisedFrom} alkaen; Kela päättää, mistä kuukaudesta se maksetaan. Ilmoita työeläkkeen päättymisestä Kelaan (OmaKelassa tai tarkistuslomakkeella). Jos työeläkettä jatketaankin, määrä pysyy ennallaan (${p.before}).`,
  guaranteeRevisedAfterEarningsRelatedEnded: (p) =>
    `Työeläkettäsi ei makseta kuukaudesta ${p.endedFrom} alkaen: se on päättynyt. Takuueläke on täysi takuueläke miinus muut eläkkeet, joten Kela tarkistaa sen, kun se saa tiedon muutoksesta: ${p.before} → ${p.after} kuukaudessa. Tässä suunnitelmassa uusi määrä näkyy kuukaudesta ${p.revisedFrom} alkaen; Kela päättää, mistä kuukaudesta se maksetaan. Ilmoita muutoksesta Kelaan. Jos työeläkettä jatketaankin, mikään ei muutu.`,
  kelaDecisionAfterEarningsRelatedEnded: (p) =>
    `Työeläkettäsi ei makseta kuukaudesta ${p.endedFrom} alkaen: se on päättynyt. Kelan päätöksen kansaneläke on laskettu sen kanssa, joten Kela tarkistaa sen, kun ilmoitat päättymisestä, ja se voi nousta. Laskuri ei voi laskea uutta määrää päätöksen määrästä, joten tässä näkyy päätöksen määrä. Kysy Kelasta.`,
  guaranteeDecisionAfterEarningsRelatedEnded: (p) =>
    `Työeläkettäsi ei makseta kuukaudesta ${p.endedFrom} alkaen: se on päättynyt. Kelan päätöksen takuueläke on laskettu sen kanssa, joten Kela tarkistaa sen, kun ilmoitat päättymisestä, ja se voi nousta. Laskuri ei voi laskea uutta määrää päätöksen määrästä, joten tässä näkyy päätöksen määrä. Kysy Kelasta.`,
  guaranteeEarningsTestWhileKelaExempt: (p) =>
    `Ansaintarajoja koskeva laki vapauttaa vain itse Kelan eläkkeen, ei sen rinnalla maksettavaa takuueläkettä. Varmuuden vuoksi laskuri käyttää takuueläkkeeseen rajaa ${p.limit}: ${p.over ? `ansioilla ${p.earnings} se jäisi lepäämään` : `ansiot ${p.earnings} ovat sen sisällä`}. Kysy Kelasta, miten takuueläkkeesi käsitellään.`,
  disabilityAllowanceOnlyDuringRest: (p) =>
    `Koska saat eläkettä saavan hoitotukea, Kela maksaa ylintä vammaistukea ${p.amount} kuukaudessa silloin, kun eläke lepää. Tässä vaihtoehdossa eläke ei lepää.`,
  disabilityAllowanceDuringRest: (p) => `Kun eläke lepää, Kela maksaa hoitotuen sijaan ylintä vammaistukea ${p.amount} kuukaudessa.`,
  disabilityAllowanceInsteadOfCare: (p) =>
    `Kun eläke lepää, Kela maksaa hoitotuen ${p.careAllowance} sijaan ylintä vammaistukea ${p.amount} kuukaudessa. Hoitotuki ei sillä aikaa ole maksussa, joten saat ${p.difference} enemmän kuin ilman työtä.`,
  careAllowanceWithinLimit: (p) =>
    `Hoitotuki ${p.careAllowance} maksetaan kuten ennen. Jos eläke jää lepäämään, Kela maksaa sen sijaan ylintä vammaistukea ${p.amount}.`,
  careAllowanceLevelUnknown: (p) =>
    `Hoitotuki ei ole maksussa sillä aikaa, kun vammaistukea maksetaan. Sen määrää (${p.lowest}–${p.highest} tasosta riippuen) ei ole vähennetty, koska hoitotuen tasoa ei annettu: todellinen lisä on sen verran pienempi.`,
  sicknessDailyFromDecision: (p) => `Päiväraha ${p.dailyAmount} päivässä on Kelan päätökseltä.`,
  sicknessDailyEstimated: (p) =>
    `Päiväraha on arvio vuosituloista ${p.annualIncome}. Niistä vähennetään ${p.deductionPercent}, jolloin jää ${p.incomeAfterDeduction}. Vuoden ${p.year} kaavalla päiväraha on noin ${p.dailyAmount} päivässä.`,
  sicknessDailyMinimum: (p) => `Päiväraha on aina vähintään ${p.minimum} päivässä.`,
  sicknessDailyEstimatedWithEntrepreneurIncome: (p) =>
    `Päiväraha on arvio palkkatuloista ${p.wageIncome} vuodessa (niistä vähennetään ${p.deductionPercent}, jolloin jää ${p.wageIncomeAfterDeduction}) ja YEL- tai MYEL-työtulosta ${p.entrepreneurIncome}, josta ei vähennetä mitään: yhteensä ${p.annualIncome}. Vuoden ${p.year} kaavalla päiväraha on noin ${p.dailyAmount} päivässä.`,
  sicknessFormulaOfEntitlementYear: (p) =>
    `Sairausloma alkoi ${p.entitlementStartDate}, joten käytetään vuoden ${p.year} laskukaavaa ja vähennystä.`,
  sicknessEntitlementAssumedThisMonth: (p) =>
    `Sairausloman alkupäivää ei annettu, joten laskuri olettaa sen alkaneen kuukaudessa ${p.month} ja käyttää vuoden ${p.year} laskukaavaa. Jos sairausloma alkoi aiemmin, anna alkupäivä: silloin käytetään sen vuoden kaavaa.`,
  sicknessNoEarningsBasedAllowance: (p) =>
    `Vuositulot ${p.annualIncome} ovat enintään ${p.limit}, joten työtuloihin perustuvaa päivärahaa ei ole. Kela maksaa silloin vähimmäispäivärahaa ${p.minimum} arkipäivältä omavastuuajan jälkeen (sairastumispäivä ja 9 sitä seuraavaa arkipäivää).`,
  sicknessPaidForWeekdays: (p) =>
    `Päivärahaa maksetaan arkipäiviltä, maanantaista lauantaihin, ei arkipyhinä. Kuukaudessa ${p.month} on ${p.weekdays} arkipäivää: ${p.weekdays} × ${p.dailyAmount}. Päivärahaa maksetaan enintään ${p.maximumDays} arkipäivältä.`,
  sicknessNotPaidForWorkDays: (p) =>
    `Päivärahaa ei makseta päiviltä, joina teet työtä. Kun teet töitä ${p.workDaysPerWeek} päivänä viikossa, työpäiviä on tässä kuussa ${p.workedDays}. Päivärahaa maksetaan ${p.paidDays} päivältä (${p.weekdays} arkipäivästä).`,
  assumedWorkDaysPerWeek: (p) => `Työpäivien määrää ei annettu, joten laskuri olettaa ${p.workDaysPerWeek} työpäivää viikossa.`,
  regularWorkEndsSicknessAllowance: () =>
    'Jos teet työtä säännöllisesti, Kela voi katsoa, että pystyt työhön, ja päiväraha voi loppua. Kysy Kelasta, miten työ sopii yhteen päivärahan kanssa.',
  partialSicknessAllowanceApplies: (p) =>
    `Teet ${p.hoursPerWeek} tuntia viikossa, ja kokoaikainen työaikasi on ${p.fullTimeHoursPerWeek} tuntia. Se on välillä ${p.minHours}–${p.maxHours} tuntia. Jos tämä on oma kokoaikatyösi, jonka työaikaa lyhennät sopimalla siitä työnantajasi kanssa vähintään 12 arkipäivän ajaksi, ja lääkäri pitää sitä sopivana, voit saada osasairauspäivärahaa: ${p.sharePercent} päivärahasta eli ${p.dailyAmount} päivässä, ${p.weekdays} arkipäivältä. Sitä maksetaan enintään ${p.maximumDays} arkipäivältä. Työnantaja maksaa palkan tehdyistä tunneista. Uusi osa-aikatyö toisen työnantajan luona ei oikeuta osasairauspäivärahaan.`,
  partialSicknessOutsideBand: (p) =>
    `Osasairauspäivärahaa voi saada, jos työaika on ${p.minHours}–${p.maxHours} tuntia viikossa. ${p.hoursPerWeek} tuntia ei ole tällä välillä.`,
  partialSicknessNeedsFullTimeJob: (p) =>
    `Osasairauspäivärahaa voi saada vain kokoaikatyöstä, jonka työaikaa lyhennetään. Kokoaikatyötä on vähintään ${p.minimumHours} tuntia viikossa (tai keskimäärin niin paljon tasoittumisjaksolla) tai alan tavanomainen kokoaikainen työaika. ${
      p.fullTimeHoursPerWeek
        ? `Antamasi ${p.fullTimeHoursPerWeek} tuntia on vähemmän: jos se on alalla kokoaikatyötä, kerro se.`
        : 'Kokoaikaista työaikaa ei annettu.'
    }`,
  partialSicknessNeedsHours: () =>
    'Osasairauspäivärahan arvioon tarvitaan tunnit viikossa. Anna tunnit ja tuntipalkka kuukausipalkan sijaan.',
  partialSicknessSectorFullTime: (p) =>
    `${p.fullTimeHoursPerWeek} tuntia viikossa on alle ${p.minimumHours} tunnin, mutta se on annettu alan tavanomaiseksi kokoaikaiseksi työajaksi, joka on osasairauspäivärahassa myös kokoaikatyötä. Kela ratkaisee asian työsopimuksen ja työehtosopimuksen perusteella.`,
  fixedTermEndsOn: (p) =>
    `Se on myönnetty ${p.endsOn} asti. Jos et vieläkään pysty työhön kuten ennen, hae jatkoa hyvissä ajoin ennen sitä päivää.`,
  fixedTermEndsThisMonth: (p) =>
    `Se päättyy ${p.endsOn}, tässä kuussa. Sen jälkeen sitä ei makseta, ellei jatkoa myönnetä: hae jatkoa nyt, jos et ole vielä hakenut.`,
  fixedTermEnded: (p) =>
    `Se päättyi ${p.endsOn}. Sitä ei makseta sen jälkeen, ellei jatkoa ole myönnetty. Jos hait jatkoa, päätös kertoo, mitä maksetaan.`,
  sicknessDaysCounted: (p) => `Enimmäisaikaan (${p.maximumDays} päivää) on laskettu tämän kuun loppuun mennessä ${p.daysCounted} päivää.`,
  partialSicknessDaysCounted: (p) =>
    `Osasairauspäivärahan omaan enimmäisaikaan (${p.maximumDays} päivää) on laskettu tämän kuun loppuun mennessä ${p.daysCounted} päivää.`,
  sicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `Sairauspäivärahan enimmäisaika, ${p.maximumDays} arkipäivää, on täyttynyt: sitä ei enää makseta.`
      : `Kuun alkuun mennessä on laskettu ${p.daysCounted} päivää, joten ${p.maximumDays}. päivä osuisi tähän kuuhun. Kela maksaa sairauspäivärahaa vain sitä edeltävän kuukauden loppuun, joten tästä kuusta alkaen sitä ei makseta. Jos et vieläkään pysty työhön, keskustele ajoissa Kelan ja eläkeyhtiön kanssa kuntoutuksesta tai eläkkeestä.`,
  partialSicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `Osasairauspäivärahan enimmäisaika, ${p.maximumDays} arkipäivää, on täyttynyt: sitä ei enää makseta.`
      : `Osasairauspäivärahan ${p.maximumDays}. ja viimeinen päivä on ${p.lastDay}. Sen jälkeen sitä ei makseta.`,
  exceedanceTolerated: (p) =>
    `Ansiot ${p.earnings} ovat yli rajan ${p.limit}, mutta vain ${p.monthsInRow === '1' ? 'yhtenä kuukautena' : `${p.monthsInRow} kuukautena peräkkäin`}. Eläkeyhtiöt ja Kela toimivat yleensä vasta, kun raja ylittyy vähintään ${p.restMinimumMonths} kuukautena peräkkäin, joten eläke näytetään maksettavaksi kuten ennenkin. Kerro työstä eläkeyhtiölle tai Kelalle.${p.untilPlanEnd ? ' Jos työ jatkuu suunnitelman viimeisen kuukauden jälkeen, eläke voidaan jättää lepäämään koko ajalta.' : ''}`,
  restMonth: (p) =>
    `Tässä suunnitelmassa ansiot ovat yli rajan ${p.monthsInRow} kuukautta peräkkäin, joten eläke lepää: sitä ei makseta näiltä kuukausilta. Tämä on lepäämisen ${p.monthOfRest}. kuukausi; eläke voi levätä enintään ${p.restMaximumMonths} kuukautta, ja jos työ sen jälkeen jatkuu, eläke lakkaa.`,
  restEndedPension: (p) =>
    `Eläke on levännyt ${p.restMaximumMonths} kuukautta ja työ jatkuu: eläke päättyy kuukaudesta ${p.endedFrom} alkaen. Sen saaminen uudelleen vaatii uuden hakemuksen.`,
  paymentResumes: () =>
    'Ansiot ovat taas rajan alla: eläkettä maksetaan taas tästä kuusta alkaen ilman uutta työkyvyn arviointia. Ilmoita eläkeyhtiölle tai Kelalle, että työ on päättynyt tai vähentynyt.',
  mayBecomePartialOverTime: (p) =>
    `Tässä suunnitelmassa ansiot ovat yli täyden eläkkeen ansaintarajan ${p.monthsInRow} kuukautta peräkkäin. Eläkeyhtiö voi silloin tarkistaa eläkkeen ja muuttaa sen osaeläkkeeksi, jota maksetaan ${p.sharePercent} nykyisestä. Milloin se tekee niin ja mistä alkaen, on sen päätös: muutos voi koskea myös mennyttä aikaa, jolloin liikaa maksettu eläke peritään takaisin. Varmuuden vuoksi näinä kuukausina näytetään osaeläke.`,
  kelaRestsWithEarningsRelated: (p) =>
    `Työeläkettä ei näinä kuukausina makseta täysimääräisenä (se lepää tai voi muuttua osaeläkkeeksi). Se ei nyt nosta Kelan eläkkeitä: nekin lepäävät, koska samat ansiot ovat yli Kelan rajan ${p.limit}. Kun niitä taas maksetaan, työeläke pienentää kansaneläkettä kuten ennenkin.`,
  kelaPaidWhileEarningsRelatedRests: () =>
    'Työeläkettä ei tänä kuukautena makseta täysimääräisenä (se lepää tai voi muuttua osaeläkkeeksi), mutta tällä Kelan eläkkeellä ei ole ansaintarajaa, joten sitä maksetaan. Se näytetään ennallaan, työeläkkeellä vähennettynä: luetuista lähteistä ei selvinnyt, ottaako Kela lepäävän työeläkkeen huomioon. Ilmoita lepäämisestä Kelaan ja kysy, muuttuuko kansaneläke.',
  sicknessWaitingPeriod: (p) =>
    `Sairausloma alkoi ${p.entitlementStartDate}. Se päivä ja ${p.waitingWeekdays} seuraavaa arkipäivää ovat omavastuuaikaa, jolta Kela ei maksa päivärahaa (työnantaja maksaa siltä usein palkkaa). Päivärahaa maksetaan ${p.firstPaidDay} alkaen.`,
  sicknessDaysUsedEstimated: (p) =>
    `Sairausloma alkoi ${p.entitlementStartDate}. Ennen kuukautta ${p.month} enimmäisaikaan lasketaan ${p.daysUsed} arkipäivää omavastuuajan jälkeen, ikään kuin päivärahaa olisi maksettu niiltä kaikilta. Jos Kela näyttää toisen luvun, anna käytetyt päivät.`,
  sicknessCountedFromPlanStart: (p) =>
    `Sairausloman alkupäivää ei annettu. Päivärahan oletetaan alkavan kuukaudesta ${p.month} sen vuoden laskukaavalla, ja päivät lasketaan siitä alkaen. Anna alkupäivä tai jo käytetyt päivät, niin laskenta tarkentuu.`,
  holidayBonusSpread: (p) =>
    `Lomaraha ${p.holidayBonus} on tämän kuun tuloa, mutta ansaintarajoissa se jaksotetaan koko vuodelle ${p.year}: ${p.monthlyShare} kuukaudessa. Se ei vie tätä kuuta yli rajan.`,
  holidayBonusOverLimit: (p) =>
    `Kun vuoden lomaraha jaksotetaan, ansiot ovat ${p.countedEarnings}, yli rajan ${p.limit}. Eläkettä ei yleensä jätetä lepäämään pelkän lomarahan takia, mutta sen pitäisi mahtua rajaan vuoden aikana: kerro asiasta eläkeyhtiölle.`,
  annualBonusNotCounted: (p) =>
    `Kerran vuodessa maksettava palkkio ${p.annualBonus} on tämän kuun tuloa, mutta sitä ei lasketa eläkkeen ansaintarajaan.`,
  yearNetEstimate: (p) =>
    p.fullYear
      ? `Vuoden ${p.year} vero on arvioitu tämän suunnitelman vuoden tuloista: verot ja maksut ovat ${p.taxPercent} tuloista. Kunkin kuukauden käteen jäävä summa on sen osuus. Lopullinen vero määrätään vuoden jälkeen.`
      : `Suunnitelma kattaa vuodesta ${p.year} ${p.months} kuukautta. Vero on arvioitu ikään kuin vuoden muut kuukaudet olisivat samanlaisia (verot ja maksut ${p.taxPercent} tuloista), ja näiden kuukausien osuus on otettu. Lopullinen vero määrätään vuoden jälkeen.`,
  yearNetFromWithholding: (p) =>
    `Vuoden ${p.year} käteen jäävät summat on laskettu annetuilla veroprosenteilla. Ennakonpidätys ei ole lopullinen vero.`,
  yearNetNeedsMunicipality: () => 'Käteen jäävää summaa ei arvioitu: anna kotikunta (tai veroprosentit).',
  yearNetNoTaxRules: (p) =>
    `Vuoden ${p.year} käteen jäävää summaa ei arvioitu: laskurissa on tarvittavat verotiedot ${p.availableFrom} alkaen. Voit antaa veroprosentit sen sijaan.`,
  yearNetNotForAland: () => 'Ahvenanmaan verotus poikkeaa Manner-Suomesta, eikä laskuri arvioi sitä. Voit antaa veroprosentit sen sijaan.',
};
