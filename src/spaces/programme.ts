/** The programme's official contacts, as the Comune publishes them (sources in data/README.md). */
export const PROGRAMME_EMAIL = 'quartiericonnessi@comune.milano.it';
export const PROGRAMME_SITE = 'https://quartiericonnessi.comune.milano.it/';
export const PROGRAMME_OFFICE =
  'Comune di Milano, Direzione Casa, Area Politiche per l’affitto, via Larga 12, 20122 Milano';

/**
 * The Comune's official accessibility statement (published on AgID's form site). Set
 * `VITE_ACCESSIBILITY_STATEMENT_URL`; without it the footer link opens the app's own page.
 */
export const ACCESSIBILITY_STATEMENT_URL: string | undefined =
  import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL || undefined;
