import type { DetailMessages } from './types.ts';

/** The benefit details' field texts in Finnish (./types.ts): loaded just after the first paint. */
export const details: DetailMessages = {
  fields: {
    erpFixedTerm: { label: 'Onko eläke määräaikainen?', help: 'Päätöksen otsikossa lukee kuntoutustuki tai työkyvyttömyyseläke.' },
    erpType: {
      label: 'Onko eläke täysi eläke vai osaeläke?',
      help: 'Päätöksessä lukee, onko eläke täysi eläke vai osaeläke (osatyökyvyttömyyseläke tai osakuntoutustuki).',
    },
    erpMonthlyAmount: {
      label: 'Eläke kuukaudessa (€, ennen veroja)',
      help: 'Eläkepäätöksessä: eläkkeen määrä kuukaudessa. Käytä summaa ennen veroja.',
    },
    erpEarningsLimit: {
      label: 'Ansaintaraja (€ kuukaudessa), jos se on päätöksessä',
      help: 'Päätöksessä voi lukea ”ansaintaraja” tai ”voit ansaita enintään … euroa kuukaudessa”. Jos sitä ei ole, jätä tyhjäksi.',
    },
    erpStabilisedEarnings: {
      label: 'Vakiintunut keskiansio (€ kuukaudessa), jos tiedät sen',
      help: 'Eläkepäätöksen laskelmassa: ”vakiintunut keskiansio”. Sen avulla lasketaan, milloin eläke voi muuttua tai jäädä lepäämään.',
    },
    erpEndsOn: {
      label: 'Päätöksen päättymispäivä, jos sellainen on',
      help: 'Viimeinen päivä, jolle kuntoutustuki on myönnetty. Sen jälkeen ei makseta, ellei jatkoa myönnetä: hae jatkoa ajoissa.',
    },
    kelaFixedTerm: { label: 'Onko Kelan eläke määräaikainen?', help: 'Kelan päätöksessä lukee kuntoutustuki tai työkyvyttömyyseläke.' },
    kelaMonthlyAmount: {
      label: 'Kansaneläke (€ kuukaudessa), jos tiedät sen',
      help: 'Kelan päätöksessä: ”kansaneläke” ja sen määrä kuukaudessa. Jos jätät tyhjäksi, laskuri arvioi määrän.',
    },
    kelaGuaranteePension: {
      label: 'Takuueläke (€ kuukaudessa), jos saat sitä',
      help: 'Kelan päätöksessä: ”takuueläke”. Jos jätät tyhjäksi, laskuri arvioi määrän.',
    },
    kelaCareAllowance: {
      label: 'Saan myös eläkettä saavan hoitotukea',
      help: 'Tästä riippuu, maksaako Kela vammaistukea silloin, kun eläke lepää.',
    },
    kelaCareAllowanceLevel: {
      label: 'Hoitotuen taso',
      help: 'Kelan hoitotukipäätöksessä. Kun eläke lepää, hoitotukea ei makseta: sen sijaan tulee ylin vammaistuki, joten lisä on niiden erotus.',
    },
    kelaExempt: {
      label: 'Kelan eläkkeeni on myönnetty sokeuden tai liikkumiskyvyttömyyden perusteella',
      help: 'Kansaneläkelain 12 § 4 mom. Sellaiseen eläkkeeseen ansaintarajat eivät vaikuta. Peruste lukee päätöksessä.',
    },
    kelaEndsOn: {
      label: 'Päätöksen päättymispäivä, jos sellainen on',
      help: 'Viimeinen päivä, jolle Kelan kuntoutustuki on myönnetty. Sen jälkeen ei makseta, ellei jatkoa myönnetä.',
    },
    sicknessBasis: { label: 'Mitä tiedät päivärahasta?' },
    sicknessDailyAmount: {
      label: 'Päiväraha (€ päivässä, ennen veroja)',
      help: 'Kelan päätöksessä: ”päivärahan määrä”. Se on euroa arkipäivältä.',
    },
    sicknessAnnualIncome: {
      label: 'Palkkatulot vuodessa (€, ennen veroja)',
      help: 'Kelan päätöksessä: vuositulo. Se on palkkatulot 12 kuukaudelta ennen työkyvyttömyyden alkamista edeltävää kuukautta. Laskuri arvioi päivärahan niistä.',
    },
    sicknessEntrepreneurIncome: {
      label: 'YEL- tai MYEL-työtulo vuodessa (€), jos olet yrittäjä',
      help: 'Yrittäjän eläkevakuutuksen työtulo. Siitä ei tehdä vähennystä kuten palkasta.',
    },
    sicknessStartDate: {
      label: 'Milloin sairausloma alkoi?',
      help: 'Päivärahan laskukaava on sen vuoden, jona sairausloma alkoi. Tyhjänä laskuri olettaa sen alkaneen laskettavassa kuukaudessa.',
    },
    sicknessFullTimeHours: {
      label: 'Kokoaikainen työaikasi (tuntia viikossa), jos sinulla on työpaikka',
      help: 'Tarvitaan vain osasairauspäivärahan arvioon. Sen voi saada, jos sinulla on kokoaikatyö ja lyhennät työaikaa samassa työpaikassa työnantajan kanssa sopien.',
    },
    sicknessFullTimeInSector: {
      label: 'Tämä on alalla tavallinen kokoaikainen työaika',
      help: 'Valitse, jos työaikasi on lyhyempi kuin kokoaikatyössä yleensä, mutta alallasi se on kokoaikatyötä.',
    },
  },
};
