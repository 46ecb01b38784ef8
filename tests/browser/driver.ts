/**
 * The browser tests' driver: readable verbs over Playwright, and a page that never reaches the
 * internet (the basemap style is served from a fixture, everything else off-machine is refused).
 */
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type FrameLocator,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export { expect };

export interface Space {
  id: string;
  address: string;
  area: 1 | 2 | 3;
  lat: number;
  lon: number;
}

/** The spaces as the data file has them, read the way the tests' author would: straight from it. */
export const SPACES: Space[] = JSON.parse(readFileSync('data/spaces.geojson', 'utf8')).features.map(
  (f: { properties: Omit<Space, 'lat' | 'lon'>; geometry: { coordinates: [number, number] } }) => ({
    ...f.properties,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }),
);

/** The fixture where every fact of every space is filled in, with clearly fictitious values. */
export const COMPLETE_SPACES = readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8');

export const AREA_ONE: Record<number, string> = {
  1: 'Portineria sociale',
  2: 'Servizi innovativi e animazione',
  3: 'Impresa e comunità',
};

export interface OpenOptions {
  /** `fixture`: a small local style; `broken`: the style answers 500; `hanging`: it never answers;
   * `failing-tiles`: the style loads but its tiles cannot be fetched. */
  basemap?: 'fixture' | 'broken' | 'hanging' | 'failing-tiles';
  /** Replace the spaces file's body, or answer it with 404. */
  spaces?: string | 404;
  reducedMotion?: boolean;
  waitForMap?: boolean;
  /** `built`: the index the build made from data/register; `none`: this installation has none. */
  addresses?: 'built' | 'none';
  /** The moment the page's clock shows (its timers keep running), e.g. `2026-12-01T16:59:00Z`. */
  at?: string;
  /** `fixture`: the app's /photos/ are served from tests/fixtures/photos. */
  photos?: 'fixture';
}

/** Italian labels of the controls the verbs below use (tests that set another language use roles). */
const IT = {
  useLocation: 'Usa la mia posizione',
  pickOnMap: 'Scegli un punto sulla mappa',
  address: 'Indirizzo di partenza',
  printSpace: 'Stampa la scheda',
  printOverview: 'Stampa la panoramica',
  startPresentation: 'Modalità presentazione',
};

export class AppDriver {
  /** Requests that tried to leave the machine (other than the basemap style). */
  readonly outsideRequests: string[] = [];

  /** What a person does. */
  readonly when = {
    useMyLocation: () => this.useMyLocationButton().click(),
    pickOnMap: () => this.pickOnMapButton().click(),
    /** Clicks the map at a point given as a fraction of its width and height. */
    clickMap: async (x = 0.5, y = 0.5) => {
      const box = (await this.mapCanvas().boundingBox())!;
      await this.page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    },
    typeAddress: (text: string) => this.addressField().fill(text),
    chooseSuggestion: (name: string | RegExp) => this.page.getByRole('option', { name }).click(),
    chooseInList: (address: string) => this.listItem(address).click(),
    /** "Apri la scheda" on the first of the ranked spaces. */
    openNearest: () => this.openNearestButton().click(),
    startPresentation: () => this.page.getByRole('button', { name: IT.startPresentation }).click(),
    /** Presses a print button; the browser's print dialog is replaced by a counter first. */
    print: async (kind: 'space' | 'overview') => {
      await this.page.evaluate(() => {
        const w = window as unknown as { printed: number };
        w.printed = 0;
        window.print = () => void (w.printed += 1);
      });
      await this.page
        .getByRole('button', { name: kind === 'space' ? IT.printSpace : IT.printOverview })
        .click();
    },
  };

  /** What a person sees. */
  readonly then = {
    nearestIs: (address: string | RegExp) =>
      expect(this.rankedAddresses().first()).toHaveText(address),
    printed: (times = 1) =>
      expect
        .poll(() => this.page.evaluate(() => (window as unknown as { printed: number }).printed))
        .toBe(times),
    tourStepIs: async (n: number, of: number) =>
      expect(this.tourStep()).toContainText(`${n} / ${of}`),
  };

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  /** `address`: a search (`?space=omero-15`), a page's path (`en/spaces/omero-15/`), or both. */
  async open(address = '', options: OpenOptions = {}): Promise<void> {
    const {
      basemap = 'fixture',
      spaces,
      reducedMotion = false,
      waitForMap = true,
      addresses = 'built',
      at,
      photos,
    } = options;
    if (at) await this.page.clock.setFixedTime(new Date(at));
    if (photos === 'fixture') {
      await this.page.route(/\/photos\/[a-z0-9-]+\.(png|jpe?g|webp)$/, (route) =>
        route.fulfill({
          path: `tests/fixtures/photos/${new URL(route.request().url()).pathname.split('/').pop()}`,
        }),
      );
    }
    if (addresses === 'none') {
      await this.page.route(/\/generated\/addresses\//, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
    }
    await this.page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
    // On the context: the service worker's requests (the basemap's, once stored) are caught too.
    await this.page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
      const url = route.request().url();
      if (url.startsWith('https://tiles.openfreemap.org/styles/')) {
        if (basemap === 'fixture') {
          return route.fulfill({
            path: 'tests/fixtures/basemap-style.json',
            contentType: 'application/json',
          });
        }
        if (basemap === 'broken') return route.fulfill({ status: 500, body: 'unavailable' });
        if (basemap === 'failing-tiles') {
          return route.fulfill({
            path: 'tests/fixtures/basemap-style-remote-tiles.json',
            contentType: 'application/json',
          });
        }
        return; // hanging: never answered
      }
      // The failing-tiles basemap asks for its tiles on purpose; anything else is a leak.
      if (!(basemap === 'failing-tiles' && url.includes('/test-tiles/')))
        this.outsideRequests.push(url);
      return route.abort();
    });
    if (spaces !== undefined) {
      await this.page.route(/\/assets\/spaces-[^/]*\.geojson$/, (route) =>
        spaces === 404
          ? route.fulfill({ status: 404, body: 'not found' })
          : route.fulfill({ body: spaces, contentType: 'application/geo+json' }),
      );
    }
    await this.page.goto(`/${address}`);
    if (waitForMap) await this.mapIsIdle();
  }

  /** The person has allowed the page to know where they are. */
  async givenLocation(latitude: number, longitude: number, accuracy: number): Promise<void> {
    await this.page.context().grantPermissions(['geolocation']);
    await this.page.context().setGeolocation({ latitude, longitude, accuracy });
  }

  get map(): Locator {
    return this.page.locator('section#map');
  }

  get list(): Locator {
    return this.page.locator('#space-list');
  }

  async mapIsIdle(): Promise<void> {
    await AppDriver.mapIsIdleIn(this.page);
  }

  /**
   * Waits for the map in a page or an iframe (an embedded map) to finish drawing. The page loads
   * MapLibre when a person reaches for the map: a map not yet there is reached for, as a person
   * does, with the pointer (at its corner, clear of the markers).
   */
  static async mapIsIdleIn(where: Page | FrameLocator): Promise<void> {
    const map = where.locator('.maplibregl-map');
    if ((await map.count()) === 0) {
      // The page may still be the prerendered one, about to be replaced: reach until it takes.
      await expect(async () => {
        if ((await map.count()) === 0) {
          await where
            .locator('section#map')
            .hover({ position: { x: 4, y: 4 }, force: true, timeout: 2_000 });
        }
        await expect(map).toHaveCount(1, { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
    }
    await expect(where.locator('.maplibregl-map[data-idle="true"]')).toBeVisible({
      timeout: 30_000,
    });
  }

  /**
   * Reaches for the map as a person does, with the pointer over its corner, until the map is
   * there or the page says why it is not (a fault).
   */
  async reachForMap(): Promise<void> {
    await expect(async () => {
      await this.map.hover({ position: { x: 4, y: 4 }, force: true, timeout: 2_000 });
      await expect(this.mapFault().or(this.page.locator('.maplibregl-map'))).toBeVisible({
        timeout: 2_000,
      });
    }).toPass({ timeout: 30_000 });
  }

  /** The basemap's credits, in the page or in an iframe. */
  static attributionIn(where: Page | FrameLocator | Locator): Locator {
    return where.locator('.maplibregl-ctrl-attrib');
  }

  mapAttribution(): Locator {
    return AppDriver.attributionIn(this.map);
  }

  mapCanvas(): Locator {
    return this.map.locator('canvas');
  }

  /** The column of controls and the list beside (or, on phones, under) the map. */
  sidebar(): Locator {
    return this.page.locator('.sidebar');
  }

  openNearestButton(): Locator {
    return this.rankedSpaces()
      .first()
      .getByRole('button', { name: /^Apri la scheda di/ });
  }

  useMyLocationButton(): Locator {
    return this.page.getByRole('button', { name: IT.useLocation });
  }

  pickOnMapButton(): Locator {
    return this.page.getByRole('button', { name: IT.pickOnMap });
  }

  addressField(): Locator {
    return this.page.getByRole('combobox', { name: IT.address });
  }

  /** The ways to give a starting point (location, map), in any language. */
  nearestWays(): Locator {
    return this.page.locator('.nearest__ways').getByRole('button');
  }

  /** The ranked answer's entries, and the address each leads with. */
  rankedSpaces(): Locator {
    return this.page.locator('.nearest-results__item');
  }

  rankedAddresses(): Locator {
    return this.rankedSpaces().locator('strong');
  }

  /** The three area checkboxes, in area order, in any language. */
  areaCheckboxes(): Locator {
    return this.page.locator('.area-filter').getByRole('checkbox');
  }

  /** The shape a marker's glyph has: circle, square or diamond. */
  async markerShape(address: string): Promise<string | undefined> {
    const glyph = this.markerGlyph(address);
    const classes = (await glyph.getAttribute('class')) ?? '';
    return classes.match(/area-glyph--(circle|square|diamond)/)?.[1];
  }

  /** Every colour of an image (a URL the page can load) with how many pixels have it. */
  private colourCounts(src: string): Promise<{ rgb: [number, number, number]; n: number }[]> {
    return this.page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].map(([key, n]) => ({
        rgb: [key >> 16, (key >> 8) & 255, key & 255] as [number, number, number],
        n,
      }));
    }, src);
  }

  /**
   * The colour a marker's glyph is seen in, as the screen shows it (with any emulated vision
   * deficiency): the most common colour of its screenshot that is neither white nor the basemap.
   */
  async glyphColourSeen(address: string): Promise<[number, number, number]> {
    const png = await this.markerGlyph(address).screenshot();
    const counts = await this.colourCounts(`data:image/png;base64,${png.toString('base64')}`);
    // White digits and strokes and a light basemap are left out; near shades count together.
    const near = new Map<string, number>();
    for (const { rgb, n } of counts.filter(({ rgb }) => Math.min(...rgb) <= 200)) {
      const key = rgb.map((c) => Math.round(c / 8) * 8).join(',');
      near.set(key, (near.get(key) ?? 0) + n);
    }
    const [top] = [...near].sort((x, y) => y[1] - x[1])[0]!;
    return top.split(',').map(Number) as [number, number, number];
  }

  /** How many pixels of the printout's map picture have this colour (within a small tolerance). */
  async printMapPixels(hex: string): Promise<number> {
    return pixelsOf(await this.colourCounts((await this.printMap().getAttribute('src'))!), hex);
  }

  /** How many pixels of the map on screen have this colour. */
  mapPixels(hex: string): Promise<number> {
    return this.pixelsIn(this.mapCanvas(), hex);
  }

  /** How many pixels of the first map view (the picture before MapLibre) have this colour. */
  firstViewPixels(hex: string): Promise<number> {
    return this.pixelsIn(this.page.locator('[data-first-view]'), hex);
  }

  private async pixelsIn(element: Locator, hex: string): Promise<number> {
    const png = await element.screenshot();
    return pixelsOf(
      await this.colourCounts(`data:image/png;base64,${png.toString('base64')}`),
      hex,
    );
  }

  /** A design token's value as the page has it ("#eef2f6"). */
  token(name: string): Promise<string> {
    return this.page.evaluate(
      (n) => getComputedStyle(document.documentElement).getPropertyValue(`--${n}`).trim(),
      name,
    );
  }

  /** How many pixels of the screen around a point (24 px square) have this colour. */
  async pixelsAround(point: { x: number; y: number }, hex: string): Promise<number> {
    const png = await this.page.screenshot({
      clip: { x: point.x - 12, y: point.y - 12, width: 24, height: 24 },
    });
    return pixelsOf(
      await this.colourCounts(`data:image/png;base64,${png.toString('base64')}`),
      hex,
    );
  }

  markerGlyph(address: string): Locator {
    return this.marker(address).locator('.area-glyph');
  }

  dimmedMarkers(): Locator {
    return this.markers().and(this.page.locator('.space-marker--dimmed'));
  }

  /** Presentation mode's card, its step counter, heading and lead text. */
  tourCard(): Locator {
    return this.page.locator('.presentation');
  }

  tourStep(): Locator {
    return this.page.locator('.presentation__step');
  }

  tourHeading(): Locator {
    return this.tourCard().getByRole('heading', { level: 2 });
  }

  tourLead(): Locator {
    return this.tourCard().locator('.presentation__lead');
  }

  printSheet(): Locator {
    return this.page.locator('.print-sheet');
  }

  printMap(): Locator {
    return this.printSheet().locator('.print-sheet__map');
  }

  /**
   * Chooses a space in the list and notes where its marker stands at every frame for 1.5 s:
   * a flight shows in-between places, a jump none.
   */
  async markerPathWhileChoosing(address: string): Promise<number[]> {
    const marker = await this.marker(address).elementHandle();
    const item = await this.listItem(address).elementHandle();
    return this.page.evaluate(
      async ([marker, item]) => {
        (item as HTMLElement).click();
        const xs: number[] = [];
        const until = performance.now() + 1500;
        while (performance.now() < until) {
          await new Promise(requestAnimationFrame);
          xs.push(marker!.getBoundingClientRect().x);
        }
        return xs;
      },
      [marker, item] as const,
    );
  }

  marker(address: string): Locator {
    return this.map.getByRole('button', { name: new RegExp(`^${escape(address)}[,،，]`) });
  }

  markers(): Locator {
    return this.map.locator('.space-marker');
  }

  /** The address field's suggestions. */
  suggestions(): Locator {
    return this.page.getByRole('listbox', { name: IT.address }).getByRole('option');
  }

  listItem(address: string): Locator {
    return this.list.getByRole('link', { name: new RegExp(`^${escape(address)}[,،，]`) });
  }

  listItems(): Locator {
    return this.list.getByRole('listitem').getByRole('link');
  }

  panel(address: string): Locator {
    return this.page.getByRole('region', { name: address, exact: true });
  }

  filter(name: RegExp): Locator {
    return this.page.getByRole('checkbox', { name });
  }

  /** The polite message above the map that says the bundled basemap is in use. */
  basemapStatus(): Locator {
    return this.page.locator('.map-column').getByRole('status');
  }

  /** What the page says when the interactive map is not there. */
  mapFault(): Locator {
    return this.page.locator('.map-column').getByRole('alert');
  }

  /** The picture of the map shown before MapLibre (and in its place when it cannot come). */
  firstView(): Locator {
    return this.page.locator('[data-first-view]');
  }

  languageSwitch(): Locator {
    return this.page.getByRole('combobox', {
      name: /^(Lingua|Language|Idioma|Langue|اللغة|语言)$/,
    });
  }

  announcer(): Locator {
    return this.page.getByTestId('announcer');
  }

  /** The map view written in the URL (`map=zoom/lat/lon`). */
  async viewInUrl(): Promise<{ zoom: number; lat: number; lon: number } | null> {
    const map = new URL(this.page.url()).searchParams.get('map');
    if (!map) return null;
    const [zoom, lat, lon] = map.split('/').map(Number) as [number, number, number];
    return { zoom, lat, lon };
  }

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async tabTo(target: Locator, maxPresses = 60): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Could not reach ${target} with Tab in ${maxPresses} presses`);
  }

  /** Reads a QR code image in the page with jsQR, as a phone's camera would. */
  async decodeQr(image: Locator): Promise<string | undefined> {
    // Run by the test's driver, which the page's policy does not restrict (a script tag would be).
    await this.page.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8'),
    );
    return image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 400, 400);
      context.drawImage(img, 0, 0, 400, 400);
      type JsQr = (
        data: Uint8ClampedArray,
        width: number,
        height: number,
      ) => { data: string } | null;
      const jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
      return jsQR(context.getImageData(0, 0, 400, 400).data, 400, 400)?.data;
    });
  }

  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    mkdirSync('screenshots', { recursive: true });
    await this.page.screenshot({
      path: `screenshots/${this.testInfo.project.name}-${name}.png`,
      ...options,
    });
  }

  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  }
}

function pixelsOf(counts: { rgb: [number, number, number]; n: number }[], hex: string): number {
  // The built stylesheet may shorten a token ("#06c" for "#0066cc").
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const target = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  return counts
    .filter(({ rgb }) => rgb.every((c, k) => Math.abs(c - target[k]!) < 12))
    .reduce((sum, { n }) => sum + n, 0);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What each `securitypolicyviolation` event said: the directive, and what it refused. */
type Violation = { directive: string; blocked: string; page: string };

export const test = base.extend<{ app: AppDriver; policyViolations: Violation[] }>({
  // Every page and frame of every test reports what the content security policy refused (the
  // policy is in index.html and in the preview's headers); any refusal fails the test.
  policyViolations: [
    async ({ context }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding('reportPolicyViolation', (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation: (v: unknown) => void })
            .reportPolicyViolation;
          report({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            page: event.documentURI,
          });
        });
      });
      // Each refusal is also printed in the console, the only trace of a worker's.
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
          violations.push({
            directive: 'console',
            blocked: message.text(),
            page: message.page()?.url() ?? '',
          });
      });
      await use(violations);
      expect(violations, 'what the content security policy refused').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use, testInfo) => {
    const app = new AppDriver(page, testInfo);
    await use(app);
    expect(app.outsideRequests, 'requests that tried to leave the machine').toEqual([]);
  },
});
