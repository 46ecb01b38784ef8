/**
 * The page's first script: it lets the browser paint the prerendered page (scripts/prerender/)
 * first, with the first map view's picture and the font, then fetches and starts the app
 * (main.tsx). On a slow phone connection the page is on screen before the app's code competes
 * with it for the network.
 *
 * Until the app hydrates the page, it notes what the page cannot answer by itself: a space chosen
 * (a marker, or a list entry opened in place, by `data-space`) and a reach for the map (a
 * pointer over it, a touch, a wheel, the focus in it). What a person types, ticks or selects
 * meanwhile stays in the page's own controls, which the app takes over (early-input.ts).
 *
 * A list entry is a link, and a link always leads somewhere: one held for the app is followed as a
 * plain link to the space's page if the app has not taken the page over within a short wait, or
 * at once if its code failed (refused, offline, an old browser); after such a failure the page's
 * links are plain links. (Chromium keeps a failed `import()` failed for the page's life: the
 * space's page is the way on.)
 */
import type { EarlyInput } from './early-input.ts';
import { opensElsewhere } from './ui/opens-elsewhere.ts';

const early: EarlyInput = { space: null, mapReached: false };
const REACH = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const;
/** How long a link held for the app waits for it before it is followed. */
const HOLD_MS = 2000;

/** A list entry's link held for the app, and the moment it will be followed without it. */
let held: { link: HTMLAnchorElement; timer: ReturnType<typeof setTimeout> } | null = null;

function hold(link: HTMLAnchorElement): void {
  if (held) clearTimeout(held.timer);
  held = { link, timer: setTimeout(follow, HOLD_MS) };
}

/** The held link is followed as the plain link it is. */
function follow(): void {
  if (!held) return;
  const { link } = held;
  held = null;
  location.assign(link.href);
}

const onClick = (event: Event) => {
  const chosen = event.target instanceof Element && event.target.closest('[data-space]');
  if (!chosen) return;
  // A list entry is a link to the space's page: a plain click opens it in place, as the app will.
  const clickedInPlace = event instanceof MouseEvent && !opensElsewhere(event);
  if (chosen instanceof HTMLAnchorElement && !clickedInPlace) return;
  if (chosen instanceof HTMLAnchorElement) {
    event.preventDefault();
    hold(chosen);
  }
  early.space = chosen.getAttribute('data-space');
};
const onReach = (event: Event) => {
  if (event.target instanceof Element && event.target.closest('#map')) early.mapReached = true;
};

document.addEventListener('click', onClick, true);
for (const type of REACH)
  document.addEventListener(type, onReach, { capture: true, passive: true });

/** Called by the app as it takes the page over: from then on its handlers answer. */
function stop(): EarlyInput {
  if (held) clearTimeout(held.timer);
  held = null;
  forget();
  return early;
}

function forget(): void {
  document.removeEventListener('click', onClick, true);
  for (const type of REACH) document.removeEventListener(type, onReach, true);
}

/** The app's code failed: the page is the prerendered one for good, its links plain links. */
function withoutApp(error: unknown): void {
  forget();
  follow();
  console.error('The app could not start; the page works as a plain page:', error);
}

/** The first map view's picture has arrived (or failed), or it is not on this page. */
function pictureSettled(): Promise<unknown> {
  const picture = document.querySelector<HTMLImageElement>('[data-first-view] img');
  if (!picture || picture.complete) return Promise.resolve();
  return new Promise((settled) => {
    picture.addEventListener('load', settled, { once: true });
    picture.addEventListener('error', settled, { once: true });
  });
}

/** The browser has painted the page's first content. */
function firstPaint(): Promise<unknown> {
  if (!('PerformanceObserver' in window)) return Promise.resolve();
  return new Promise((painted) => {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      painted(undefined);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** The next frame has been painted. */
const nextFrame = () =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** The page has painted, with its picture and its font: the app's code may come. */
const painted = Promise.all([firstPaint(), pictureSettled(), document.fonts?.ready]).then(
  nextFrame,
);
// A picture that never comes does not hold the app back for long.
const late = new Promise((done) => setTimeout(done, 3000));

void Promise.race([painted, late])
  .then(() => import('./main.tsx'))
  .then(({ start }) => start(stop))
  .catch(withoutApp);
