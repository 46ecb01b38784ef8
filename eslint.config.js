import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['list', 'panel', 'nearest', 'map', 'share', 'present', 'print', 'reach'];
const MAPLIBRE = ['maplibre-gl', 'react-map-gl/maplibre'].map((name) => ({
  name,
  message: 'Only src/map/ may use MapLibre.',
}));

/** The officials' desk is built apart (scripts/desk/): no public page may hold its code. */
const DESK = {
  group: ['../desk', '../desk/*', './desk', './desk/*'],
  message:
    "The officials' desk (src/desk/) is built apart from the public site, which imports nothing of it.",
};

/**
 * A relative import names its file whole (`./walking.ts`), as Node's own loader and Vite's config
 * loader read it; the bundler alone would guess the extension.
 */
const WHOLE_FILE_NAME = {
  regex: String.raw`^\.\.?/(?!.*\.(?:tsx?|m?js|json|css|geojson|svg|png)(?:\?.*)?$)`,
  message: 'Name the imported file with its extension (./module.ts, ./part.tsx).',
};

/** What the files of each folder of src/ may not import. */
function forbid(folder, { features, react = false, desk = false, state = true }) {
  return {
    paths: [
      ...(folder === 'map' ? [] : MAPLIBRE),
      ...(react ? [{ name: 'react', message: 'The domain is plain TypeScript.' }] : []),
    ],
    patterns: [
      ...(features.length
        ? [
            {
              group: features.map((f) => `../${f}/*`),
              message: `src/${folder}/ may not import a feature folder: the page (src/app/) places and wires features; share code through the domain, state/ or ui/.`,
            },
          ]
        : []),
      ...(desk ? [] : [DESK]),
      ...(state
        ? []
        : [
            {
              group: ['../state', '../state/*'],
              message: `src/${folder}/ is a floor below the app's state (src/state/), which it may not import.`,
            },
          ]),
      WHOLE_FILE_NAME,
    ],
  };
}

const IMPORT_RULES = {
  app: forbid('app', { features: [] }),
  ...Object.fromEntries(
    FEATURES.map((f) => [f, forbid(f, { features: FEATURES.filter((o) => o !== f) })]),
  ),
  state: forbid('state', { features: FEATURES }),
  ui: forbid('ui', { features: FEATURES }),
  i18n: forbid('i18n', { features: FEATURES, state: false }),
  spaces: forbid('spaces', { features: FEATURES, react: true, state: false }),
  hours: forbid('hours', { features: FEATURES, react: true, state: false }),
  pages: forbid('pages', { features: FEATURES, react: true, state: false }),
  'service-worker': forbid('service-worker', { features: [], react: true }),
  // The desk may use the public app's parts (its preview is the public app).
  desk: forbid('desk', { features: [], desk: true }),
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bundled',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
      'public/generated',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // src/'s folders add their own rules to this one (IMPORT_RULES).
      'no-restricted-imports': ['error', { patterns: [WHOLE_FILE_NAME] }],
    },
  },
  // The house rules (STYLE.md): MapLibre in src/map/ only; a feature folder is imported only by
  // the page that places it (src/app/); shared code (domain, state, ui, i18n) imports no feature;
  // the domain (src/spaces/) is plain TypeScript, with no React; nothing public imports the desk.
  ...Object.entries(IMPORT_RULES).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', forbidden] },
  })),
  // The public pages' entries (boot.ts, main.tsx) and every other file at src/'s top.
  {
    files: ['src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', forbid('', { features: [] })] },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ['tests/browser/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
