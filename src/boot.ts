/**
 * The page's first script: it lets the browser paint the prerendered page (scripts/prerender/)
 * first, with the first map view's picture and the font, then fetches and starts the app
 * (main.tsx). On a slow phone connection the page is on screen before the app's code competes
 * with it for the network.
 *
 * Until the app has started, it notes what the person does on the prerendered page, so that
 * nothing is lost when the app's page replaces it: a space chosen (a list item or a marker, by
 * `data-space`), a reach for the map (a pointer over it, a touch, a wheel, the focus in it), what
 * they typed, ticked or selected in the page's form controls, and where the focus was.
 */
import { formControls, type ControlState, type EarlyInput } from './early-input';
import { opensElsewhere } from './ui/opens-elsewhere';

const early: EarlyInput = { space: null, mapReached: false, controls: new Map(), focus: null };
const REACH = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const;

const onClick = (event: Event) => {
  const chosen = event.target instanceof Element && event.target.closest('[data-space]');
  if (!chosen) return;
  // A list entry is a link to the space's page: a plain click opens it in place, as the app will.
  const plain = event instanceof MouseEvent && !opensElsewhere(event);
  if (chosen instanceof HTMLAnchorElement && !plain) return;
  if (chosen instanceof HTMLAnchorElement) event.preventDefault();
  early.space = chosen.getAttribute('data-space');
};
const onReach = (event: Event) => {
  if (event.target instanceof Element && event.target.closest('#map')) early.mapReached = true;
};
const onFocus = (event: Event) => {
  const index = formControls().findIndex((control) => control === event.target);
  early.focus = index < 0 ? null : index;
};
const onChange = (event: Event) => {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
  const index = formControls().indexOf(control);
  if (index < 0) return;
  const state: ControlState =
    control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')
      ? { kind: 'checked', type: control.type, checked: control.checked }
      : { kind: 'value', type: control.type, value: control.value };
  early.controls.set(index, state);
};

document.addEventListener('click', onClick, true);
document.addEventListener('input', onChange, true);
document.addEventListener('change', onChange, true);
document.addEventListener('focusin', onFocus, true);
for (const type of REACH)
  document.addEventListener(type, onReach, { capture: true, passive: true });

/** Called by the app once its page has replaced this one: from then on its handlers answer. */
function stop(): EarlyInput {
  document.removeEventListener('click', onClick, true);
  document.removeEventListener('input', onChange, true);
  document.removeEventListener('change', onChange, true);
  document.removeEventListener('focusin', onFocus, true);
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
  .then(() => import('./main'))
  .then(({ start }) => start(stop));
