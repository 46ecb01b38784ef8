/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Build-time configuration (docs/deploying.md, "Configuration"). */
interface ImportMetaEnv {
  /** MapLibre style of the basemap, or `bundled`. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Where the spaces file is served, if not bundled. */
  readonly VITE_SPACES_URL?: string;
  /** The Comune's official accessibility statement. */
  readonly VITE_ACCESSIBILITY_STATEMENT_URL?: string;
  /** The address the site is published at. */
  readonly VITE_SITE_URL?: string;
}
