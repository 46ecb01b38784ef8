/**
 * The page's first script: it lets the browser paint the prerendered page (scripts/prerender/)
 * first, with the first map view's picture and the font, then fetches and starts the app
 * (main.tsx). On a slow phone connection the page is on screen before the app's code competes
 * with it for the network.
 *
 * Until the app has started, it notes what the person does on the prerendered page, so that
 * nothing is lost: a space chosen (a list item or a marker, by `data-space`) and a reach for the
 * map (a pointer over it, a touch, a wheel, the focus in it). The app then carries them out.
 */
import type { EarlyInput } from './early-input';

const early: EarlyInput = { space: null, mapReached: false };
const REACH = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const;

const onClick = (event: Event) => {
  const chosen = event.target instanceof Element && event.target.closest('[data-space]');
  if (chosen) early.space = chosen.getAttribute('data-space');
};
const onReach = (event: Event) => {
  if (event.target instanceof Element && event.target.closest('#map')) early.mapReached = true;
};
document.addEventListener('click', onClick, true);
for (const type of REACH)
  document.addEventListener(type, onReach, { capture: true, passive: true });

/** Called by the app once its own page is live: from then on its handlers answer. */
function stop(): EarlyInput {
  document.removeEventListener('click', onClick, true);
  for (const type of REACH) document.removeEventListener(type, onReach, true);
  return early;
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

/** The page has painted with its picture and its font: the app's code may come. */
const painted = Promise.all([pictureSettled(), document.fonts?.ready]).then(
  () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
);
// A picture that never comes does not hold the app back for long.
const late = new Promise((done) => setTimeout(done, 3000));

void Promise.race([painted, late])
  .then(() => import('./main'))
  .then(({ start }) => start(stop));
