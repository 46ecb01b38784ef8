/** The programme's official contacts, as the Comune publishes them (sources in data/README.md). */
export const PROGRAMME_EMAIL = 'quartiericonnessi@comune.milano.it';
export const PROGRAMME_SITE = 'https://quartiericonnessi.comune.milano.it/';
export const PROGRAMME_OFFICE =
  'Comune di Milano, Direzione Casa, Area Politiche per l’affitto, via Larga 12, 20122 Milano';
