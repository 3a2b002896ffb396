import type { ResultMessages } from './types.ts';

/** Tulosten kanssa näytettävät tekstit suomeksi (ladataan tulosten kanssa, ./load.ts). */
export const results: ResultMessages = {
  answer: {
    noChange: (p) => `Palkalla ${p.wage} tunnilta voit tehdä töitä enintään ${p.hours} tuntia viikossa ilman, että etuutesi muuttuvat.`,
    noChangePensions: (p) =>
      `Palkalla ${p.wage} tunnilta voit tehdä töitä enintään ${p.hours} tuntia viikossa ilman, että eläkkeesi muuttuu.`,
    fullTime: (p) =>
      `Palkalla ${p.wage} tunnilta ansiot pysyvät ansaintarajan alla jopa ${p.hours} tunnin viikkotyöllä. Kokoaikainen työ voi silti saada eläkeyhtiön tai Kelan arvioimaan työkykysi uudelleen: kerro työstä ennen kuin aloitat.`,
    noHours: (p) => `Palkalla ${p.wage} tunnilta jo pieni työmäärä vaikuttaa etuuksiisi. Katso alta, miten.`,
    sicknessOnly:
      'Sairauspäivärahaa ei makseta päiviltä, joina teet työtä, ja säännöllinen työ voi lopettaa oikeuden siihen. Taulukosta näet, paljonko työ pienentää sitä.',
    noLimits: 'Antamillasi tiedoilla etuutesi eivät riipu siitä, montako tuntia teet töitä. Katso taulukko alla.',
    sicknessAlso: 'Sairauspäivärahaa ei makseta työpäiviltä, joten se muuttuu jo vähästä työstä.',
    holidayBonus:
      'Tunnit on laskettu niin, että kuukauden palkka osuu juuri rajaan. Jos saat lomarahaa, se lasketaan ansioihin (jaettuna koko vuodelle), joten tee silloin vähän vähemmän tunteja.',
    next: (p) => {
      const rests = p.resting ? `${p.resting} ${p.restingMany ? 'jäävät' : 'jää'} lepäämään` : '';
      const partial = p.partial ? `${p.partial} ${p.partialMany ? 'voivat' : 'voi'} muuttua osaeläkkeeksi` : '';
      return `Yli ${p.hours} tunnilla viikossa ${[rests, partial].filter(Boolean).join(', ja ')}.`;
    },
    incomeAt: (p) =>
      p.falls
        ? `Silloin tulosi yhteensä pienenevät: ${p.beforeHours} tunnilla viikossa ne ovat ${p.before} kuukaudessa, ${p.afterHours} tunnilla ${p.after}.`
        : `Tulosi yhteensä ovat silloin ${p.afterHours} tunnilla viikossa ${p.after} kuukaudessa (${p.beforeHours} tunnilla ${p.before}).`,
    rest: (p) =>
      `Lepäävää eläkettä ei makseta. Kun ansiot laskevat taas rajan alle, ilmoita siitä, niin maksu alkaa uudelleen ilman uutta työkyvyn arviota. Eläke voi kuitenkin levätä enintään ${p.months} kuukautta: jos ansiot ovat rajan yläpuolella pidempään, eläke lakkaa.`,
    subsidyEnds: 'Kuntoutustuki päättyy joka tapauksessa päätöksessä mainittuna päivänä, myös jos se lepää.',
    partialDecision:
      'Eläkeyhtiö tarkistaa tilanteesi ja päättää, muuttuuko eläke osaeläkkeeksi ja mistä alkaen. Muutos voi koskea myös mennyttä aikaa, jolloin liikaa maksettu eläke peritään takaisin: kerro työstä eläkeyhtiölle ennen kuin aloitat.',
    partialSickness: (p) =>
      `Jos kokoaikatyösi (${p.fullTime} tuntia viikossa) työaika lyhennetään ${p.from}–${p.to} tuntiin viikossa, voit saada sairauspäivärahan sijaan osasairauspäivärahaa: ${p.share} päivärahasta. Siitä sovitaan työnantajan kanssa, ja lääkäri arvioi, sopiiko se sinulle.`,
    partialSicknessIfFullTime: (p) =>
      `Jos sinulla on kokoaikatyö (vähintään ${p.minimum} tuntia viikossa tai alan tavallinen kokoaikainen työaika) ja teet siitä ${p.from}–${p.to}, voit saada osasairauspäivärahaa: ${p.share} päivärahasta. Anna kokoaikainen työaikasi, niin näet tuntirajat.`,
    partialSicknessNotFullTime: (p) =>
      `Osasairauspäivärahaa voi saada vain kokoaikatyöstä, jonka työaikaa lyhennetään. ${p.fullTime} tuntia viikossa on alle ${p.minimum} tunnin: jos se on alalla tavallinen kokoaikainen työaika, merkitse se.`,
    sicknessWithPension:
      'Huomaa: sairauspäivärahaa ei yleensä makseta samaan aikaan täyden työkyvyttömyyseläkkeen tai Kelan eläkkeen kanssa. Yhteissummat voivat siksi olla liian suuret. Tarkista asia Kelasta.',
    sicknessWithPartialPension:
      'Huomaa: Kela vähentää osatyökyvyttömyyseläkkeen sairauspäivärahasta tietyissä tilanteissa. Tässä molemmat on laskettu täysinä, joten yhteissummat voivat olla liian suuret. Tarkista asia Kelasta.',
    afterTax: (p) =>
      p.same
        ? `${p.name}: verojen jälkeen sinulle jäisi suunnilleen saman verran kuin vertailukohdassa (${p.baseline})${p.taxCard ? ' verokorttiesi prosenteilla' : ''}.`
        : `${p.name}: verojen jälkeen sinulle jäisi noin ${p.amount} ${p.more ? 'enemmän' : 'vähemmän'} kuukaudessa kuin vertailukohdassa (${p.baseline})${p.taxCard ? ' verokorttiesi prosenteilla' : ''}.`,
    afterTaxUnknown: (p) =>
      p.reason === 'municipality'
        ? 'Paljonko käteen jää verojen jälkeen: anna kotikuntasi (tai verokorttiesi prosentit), niin laskuri arvioi sen.'
        : p.reason === 'aland'
          ? 'Ahvenanmaan verotusta laskuri ei arvioi: anna verokorttiesi prosentit, niin näet, paljonko käteen jää.'
          : `Vuoden ${p.year} veroja laskuri ei vielä arvioi: anna verokorttiesi prosentit, niin näet, paljonko käteen jää.`,
  },
  names: {
    earningsRelatedPension: 'työeläke',
    kelaPension: 'Kelan kansaneläke',
    guaranteePension: 'takuueläke',
    disabilityAllowance: 'vammaistuki',
    sicknessAllowance: 'sairauspäiväraha',
    partialSicknessAllowance: 'osasairauspäiväraha',
  },
  list: (names) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ja ${names.at(-1)}`),
  chart: {
    summary: (p) => `Tulot kuukaudessa tuntipalkalla ${p.wage}, ${p.from}–${p.to} tuntia viikossa. Sama tieto on taulukkona kuvaajan alla.`,
    xAxis: 'Tuntia viikossa',
    yAxis: '€ kuukaudessa',
    legend: 'Tulojen lähteet',
    bandsLegend: 'Tuntimäärät',
    bandNoChange: 'Ei muutosta etuuksiin',
    bandPartial: 'Voi muuttua osaksi tai pienenee',
    bandSuspended: 'Lepää tai ei makseta',
    earnings: 'Palkka',
    limitsHeading: 'Rajat tällä tuntipalkalla',
    limitLine: (p) => `${p.name}: ansaintaraja ${p.amount} kuukaudessa, eli enintään ${p.hours} tuntia viikossa.`,
    suspensionLine: (p) => `${p.name}: lepäämisen raja ${p.amount} kuukaudessa, eli ${p.hours} tuntia viikossa.`,
    tableToggle: 'Näytä kuvaajan tiedot taulukkona',
    tableCaption: (p) => `Tulot kuukaudessa tuntimäärän mukaan, tuntipalkka ${p.wage}`,
    hoursColumn: 'Tuntia viikossa',
    totalColumn: 'Yhteensä',
    bandColumn: 'Etuuksiin',
    options: 'Vaihtoehdot kuvaajassa',
    partialSickness: 'Osasairauspäiväraha',
    atRisk: 'Työeläkkeen osa, joka jää pois, jos eläkeyhtiö muuttaa eläkkeen osaeläkkeeksi',
    netLine: 'Käteen jää (verojen jälkeen)',
    netFallMark: 'Käteen jäävä pienenee',
    littleGainMark: 'Lisätyöstä jää käteen vähän',
    netHeading: 'Verojen jälkeen',
    netFall: (p) => `${p.from}–${p.to} tuntia viikossa: ansaitset enemmän, mutta käteen jää ${p.loss} kuukaudessa vähemmän.`,
    littleGain: (p) => `${p.from}–${p.to} tuntia viikossa: lisäpalkasta jää käteen alle neljännes.`,
    noNet: 'Kuvaajassa ei ole käteen jäävää: anna kotikuntasi (tai verokorttiesi prosentit), niin näet sen.',
    netColumn: 'Käteen jää',
    uncertainSickness: 'Sairauspäiväraha työpäivien ulkopuolelta: säännöllinen työ voi lopettaa sen',
  },

  print: {
    title: 'Työ & etuudet – laskelma',
    situation: 'Tilanne',
    month: (p) => `Kuukausi: ${p.month}`,
  },
  summary: {
    erp: (p) => `Työeläke: ${p.kind}, ${p.type}, ${p.amount} kuukaudessa`,
    erpLimit: (p) => `ansaintaraja ${p.amount}`,
    erpStabilised: (p) => `vakiintunut keskiansio ${p.amount}`,
    kela: (p) => `Kelan eläke: ${p.kind}`,
    kelaAmount: (p) => `kansaneläke ${p.amount}`,
    guarantee: (p) => `takuueläke ${p.amount}`,
    careAllowance: 'eläkettä saavan hoitotuki',
    sicknessDaily: (p) => `Sairauspäiväraha ${p.amount} päivässä`,
    sicknessAnnual: (p) => `Sairauspäiväraha, arvio vuosituloista ${p.amount}`,
    entrepreneur: (p) => `YEL- tai MYEL-työtulo ${p.amount} vuodessa`,
    startDate: (p) => `sairausloma alkoi ${p.date}`,
    sectorFullTime: 'alan kokoaikainen työaika',
    kelaExempt: 'myönnetty KEL 12 § 4 mom. perusteella (ei ansaintarajaa)',
    fullTime: (p) => `kokoaikainen työaika ${p.hours} h viikossa`,
    household: (p) => `Asuminen: ${p.value}`,
    tax: (p) => `Veroprosentit: palkka ${p.wage}, etuudet ${p.benefit}`,
    residence: (p) => `Kotikunta ${p.municipality}${p.church ? `, kirkon jäsen (${p.church})` : ', ei kirkon jäsen'}`,
    birthYear: (p) => `Syntymävuosi ${p.year}`,
    notGiven: 'ei annettu',
  },
  views: { label: 'Näkymä', compare: 'Rinnakkain', timeline: 'Ajan mittaan' },
  share: {
    heading: 'Jaa tai tulosta',
    csv: 'Lataa vertailu CSV-tiedostona',
    intro: 'Linkki avaa saman laskelman uudelleen. Voit lähettää sen itsellesi tai tallentaa kirjanmerkiksi.',
    warning:
      'Linkissä ovat kaikki antamasi luvut, kuten eläkkeen määrä. Jaa se vain henkilölle, jolle tiedot kuuluvat. Tietoja ei tallenneta mihinkään palvelimelle.',
    copy: 'Kopioi linkki',
    copied: 'Linkki kopioitu.',
    copyFailed: 'Kopiointi ei onnistunut. Kopioi linkki selaimen osoiteriviltä.',
    print: 'Tulosta (1 sivu)',
    linkLabel: 'Linkki tähän laskelmaan',
  },
  status: {
    continues: 'Maksetaan samoin kuin ilman työtä.',
    mayBecomePartial:
      'Eläkeyhtiö voi muuttaa eläkkeen osaeläkkeeksi (kuntoutustuen osakuntoutustueksi), myös takautuvasti. Kerro työstä eläkeyhtiölle.',
    suspended:
      'Ei makseta nyt. Maksu alkaa taas, kun ansiot laskevat rajan alle. Lepääminen voi kestää vain rajatun ajan, sitten eläke lakkaa.',
    reduced: 'Maksetaan, mutta vähemmän.',
    replaced: 'Kela maksaa eläkkeen levätessä hoitotuen sijaan ylintä vammaistukea.',
    notPayable: 'Ei makseta tässä vaihtoehdossa.',
    ended: 'Ei enää makseta: päättymispäivän, pitkän lepäämisen tai enimmäisajan jälkeen.',
  },
  table: {
    incomeHeading: 'Tulot kuukaudessa',
    headroomHeading: 'Paljonko rajaan on matkaa',
    earnings: 'Palkka kuukaudessa (ennen veroja)',
    totalGross: 'Tulot yhteensä (ennen veroja)',
    totalNet: 'Käteen jää (arvio)',
    // A soft hyphen lets the long word break on a phone.
    change: 'Muutos vertailu\u00adkohtaan',
    netChange: 'Muutos käteen jäävään',
    baselineCell: 'vertailukohta',
    withoutWork: (p) => `ilman työtä ${p.amount}`,
    headroomRow: (p) => `Ansaintaraja ${p.limit} (${p.benefits})`,
    suspensionRow: (p) => `Lepäämisen raja ${p.limit} (${p.benefits})`,
    headroomLeft: (p) => `${p.amount} jäljellä`,
    headroomHoursLeft: (p) => `${p.hours} h viikossa lisää`,
    headroomOver: (p) => `${p.amount} yli rajan`,
    atLimit: 'täsmälleen rajalla',
    notCalculated: 'ei laskettu',
    stale: 'ei ajan tasalla',
    noBenefitRow: '–',
    netMethod: 'Miten käteen jäävä on laskettu',
    methodEstimate: (p) => `arvio verosäännöistä (${p.municipality} ${p.rate}${p.church ? ' + kirkollisvero' : ''})`,
    methodTaxCard: 'verokorttiesi prosenteilla',
    methodNeedsMunicipality: 'ei laskettu: anna kotikunta',
    methodNoRules: (p) => `ei laskettu: vuoden ${p.year} verosääntöjä ei ole`,
    methodAland: 'ei laskettu: Ahvenanmaan verotusta ei arvioida',
    extraHour: 'Tunti lisää viikossa',
    extraHourCell: (p) => `${p.net} käteen`,
    extraHourGross: (p) => `palkkaa ${p.pay}`,
    extraHourNone: '–',
    breaks: [
      'Sairaus\u00adpäiväraha',
      'Osasairaus\u00adpäiväraha',
      'Kansan\u00adeläke',
      'Takuu\u00adeläke',
      'vammais\u00adtuki',
      'vammais\u00adtukeen',
      'osa\u00adeläkkeeksi',
      'Ansainta\u00adraja',
      'kuukau\u00addessa',
    ],
  },
  nextSteps: {
    heading: 'Mitä seuraavaksi?',
    tell: 'Kerro työstä ennen kuin aloitat jokaiselle, joka maksaa sinulle etuutta. Kerro myös, jos palkka tai tunnit muuttuvat.',
    earningsRelatedPension:
      'Työeläke: ilmoita työstä ja ansioista eläkeyhtiöllesi. Kysy, mikä on oma ansaintarajasi ja sopisiko osaeläke (tai osakuntoutustuki) sinulle.',
    kelaPension: 'Kelan eläke: ilmoita työstä Kelaan. Jos eläke jää lepäämään, ilmoita Kelaan, kun ansiot laskevat rajan alle.',
    sicknessAllowance:
      'Sairauspäiväraha: ilmoita Kelaan kaikki työpäivät. Jos sinulla on kokoaikatyö, puhu osasairauspäivärahasta työnantajan ja lääkärin kanssa ennen kuin lyhennät työaikaa.',
    keep: 'Säilytä työsopimus ja palkkalaskelmat: niistä näkyy, paljonko ansaitsit kunakin kuukautena.',
    estimate: 'Laskelma on arvio. Ota se mukaan, kun puhut eläkeyhtiön, Kelan tai työnantajan kanssa.',
  },
};
