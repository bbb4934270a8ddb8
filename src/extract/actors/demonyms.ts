/**
 * The words for a country's people and things ("Israeli", "Azeri", "Turkish") and other names
 * news writing uses for a state ("the Jewish state", "the Kremlin", "La Paz"), which no
 * maintained package lists: our own table, keyed by ISO 3166-1 alpha-3 code. Plural forms are
 * matched by the gazetteer (an optional "s"); irregular ones are written out.
 */

/** alpha-3 code → demonyms and adjectives (singular; "s" plurals are matched automatically). */
export const DEMONYMS: Record<string, string[]> = {
  AFG: ['Afghan'], ALB: ['Albanian'], DZA: ['Algerian'], AGO: ['Angolan'], ARG: ['Argentine', 'Argentinian', 'Argentinean'],
  ARM: ['Armenian'], AUS: ['Australian'], AUT: ['Austrian'], AZE: ['Azerbaijani', 'Azeri', 'Azerbaijanian'], BHR: ['Bahraini'],
  BGD: ['Bangladeshi'], BLR: ['Belarusian', 'Belarussian'], BEL: ['Belgian'], BOL: ['Bolivian'], BIH: ['Bosnian'],
  BWA: ['Botswanan', 'Motswana'], BRA: ['Brazilian'], BGR: ['Bulgarian'], MMR: ['Burmese'], KHM: ['Cambodian'],
  CMR: ['Cameroonian'], CAN: ['Canadian'], TCD: ['Chadian'], CHL: ['Chilean'], CHN: ['Chinese'], COL: ['Colombian'],
  CRI: ['Costa Rican'], HRV: ['Croatian', 'Croat'], CUB: ['Cuban'], CYP: ['Cypriot', 'Greek Cypriot'], CZE: ['Czech'],
  DNK: ['Danish', 'Dane'], DJI: ['Djiboutian'], ECU: ['Ecuadorian', 'Ecuadorean'], EGY: ['Egyptian'], SLV: ['Salvadoran', 'Salvadorean'],
  ERI: ['Eritrean'], EST: ['Estonian'], ETH: ['Ethiopian'], FIN: ['Finnish', 'Finn'], FRA: ['French', 'Frenchman', 'Frenchmen'],
  GEO: ['Georgian'], DEU: ['German'], GHA: ['Ghanaian'], GRC: ['Greek', 'Hellenic'], GTM: ['Guatemalan'], GUY: ['Guyanese'],
  HTI: ['Haitian'], HND: ['Honduran'], HUN: ['Hungarian'], ISL: ['Icelandic', 'Icelander'], IND: ['Indian'],
  IDN: ['Indonesian'], IRN: ['Iranian', 'Persian'], IRQ: ['Iraqi'], IRL: ['Irish'], ISR: ['Israeli'], ITA: ['Italian'],
  JAM: ['Jamaican'], JPN: ['Japanese'], JOR: ['Jordanian'], KAZ: ['Kazakh', 'Kazakhstani'], KEN: ['Kenyan'],
  KOR: ['South Korean'], PRK: ['North Korean'], XKX: ['Kosovar'], KWT: ['Kuwaiti'], KGZ: ['Kyrgyz'], LAO: ['Laotian', 'Lao'],
  LVA: ['Latvian'], LBN: ['Lebanese'], LBY: ['Libyan'], LTU: ['Lithuanian'], MDG: ['Malagasy'], MYS: ['Malaysian'],
  MLI: ['Malian'], MLT: ['Maltese'], MEX: ['Mexican'], MDA: ['Moldovan'], MNG: ['Mongolian'], MNE: ['Montenegrin'],
  MAR: ['Moroccan'], MOZ: ['Mozambican'], NAM: ['Namibian'], NPL: ['Nepalese', 'Nepali'], NLD: ['Dutch', 'Dutchman'],
  NZL: ['New Zealander'], NIC: ['Nicaraguan'], NGA: ['Nigerian'], MKD: ['Macedonian'], NOR: ['Norwegian'], OMN: ['Omani'],
  PAK: ['Pakistani'], PSE: ['Palestinian'], PAN: ['Panamanian'], PRY: ['Paraguayan'], PER: ['Peruvian'], PHL: ['Filipino', 'Philippine'],
  POL: ['Polish', 'Pole'], PRT: ['Portuguese'], QAT: ['Qatari'], ROU: ['Romanian'], RUS: ['Russian'], RWA: ['Rwandan'],
  SAU: ['Saudi'], SEN: ['Senegalese'], SRB: ['Serbian', 'Serb'], SGP: ['Singaporean'], SVK: ['Slovak'], SVN: ['Slovenian', 'Slovene'],
  SOM: ['Somali'], ZAF: ['South African'], SSD: ['South Sudanese'], ESP: ['Spanish', 'Spaniard'], LKA: ['Sri Lankan'],
  SDN: ['Sudanese'], SWE: ['Swedish', 'Swede'], CHE: ['Swiss'], SYR: ['Syrian'], TWN: ['Taiwanese'], TJK: ['Tajik'],
  TZA: ['Tanzanian'], THA: ['Thai'], TUN: ['Tunisian'], TUR: ['Turkish', 'Turk'], TKM: ['Turkmen'], UGA: ['Ugandan'],
  UKR: ['Ukrainian'], ARE: ['Emirati'], GBR: ['British', 'Briton'], USA: ['American'], URY: ['Uruguayan'], UZB: ['Uzbek'],
  VEN: ['Venezuelan'], VNM: ['Vietnamese'], YEM: ['Yemeni'], ZMB: ['Zambian'], ZWE: ['Zimbabwean'],
};

/** Other names for a state in news writing: seats of power, epithets, cities that stand for it. */
export const OTHER_NAMES: Record<string, string[]> = {
  ISR: ['Jewish state', 'Knesset', 'Tel Aviv'],
  IRN: ['Islamic Republic'],
  RUS: ['Kremlin'],
  USA: ['U.S.', 'U.S.A.', 'White House', 'Pentagon', 'Washington'],
  GBR: ['U.K.', 'Downing Street'],
  BOL: ['La Paz'],
  IND: ['Delhi'],
  KOR: ['Korea', 'Republic of Korea'],
  TUR: ['Turkey'],
};

/** Organisations and historical states: slug id → names. */
export const ORGANISATIONS: Record<string, { name: string; names: string[] }> = {
  un: { name: 'United Nations', names: ['United Nations', 'UN', 'U.N.', 'Security Council', 'General Assembly'] },
  nato: { name: 'NATO', names: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  eu: { name: 'European Union', names: ['European Union', 'EU', 'E.U.', 'European Commission', 'Brussels'] },
  osce: { name: 'OSCE', names: ['OSCE', 'Organization for Security and Co-operation in Europe', 'Minsk Group'] },
  'african-union': { name: 'African Union', names: ['African Union'] },
  'arab-league': { name: 'Arab League', names: ['Arab League', 'League of Arab States'] },
  asean: { name: 'ASEAN', names: ['ASEAN', 'Association of Southeast Asian Nations'] },
  opec: { name: 'OPEC', names: ['OPEC'] },
  iaea: { name: 'IAEA', names: ['IAEA', 'International Atomic Energy Agency'] },
  imf: { name: 'International Monetary Fund', names: ['IMF', 'International Monetary Fund'] },
  'world-bank': { name: 'World Bank', names: ['World Bank'] },
  wto: { name: 'World Trade Organization', names: ['WTO', 'World Trade Organization'] },
  icj: { name: 'International Court of Justice', names: ['International Court of Justice', 'ICJ', 'World Court'] },
  mercosur: { name: 'Mercosur', names: ['Mercosur', 'Mercosul'] },
  oas: { name: 'Organization of American States', names: ['Organization of American States', 'OAS'] },
  gcc: { name: 'Gulf Cooperation Council', names: ['Gulf Cooperation Council', 'GCC'] },
  'soviet-union': { name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'Soviet'] },
  sipri: { name: 'SIPRI', names: ['SIPRI', 'Stockholm International Peace Research Institute'] },
};
