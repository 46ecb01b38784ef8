/**
 * The prerendered page's markers moved apart before its first paint. Where two markers of the
 * first map view would overlap (largo Boccioni and via Capuana on a phone), the app moves them
 * apart by what the screen's width allows (src/map/marker-spread.ts); the prerendered page cannot
 * know that width, so this script, right after the page's body, measures it and moves them as the
 * app will, with the same code and from the same numbers (`data-at`, a marker's place in
 * fractions of the frame's width). When the app's page takes over, nothing moves.
 *
 * Built by the build into a script in the page itself (spread-entry.ts, scripts/prerender/),
 * allowed by its hash in the content security policy: the markers must be apart in the first
 * frame, before any script file could arrive.
 */
import { MARKER_GAP, markerTranslate, spreadMarkers } from '../map/marker-spread.ts';

export function spreadFirstView(document: Pick<Document, 'querySelector'>): void {
  const box = document.querySelector('[data-first-view] .first-view__box');
  if (!box) return;
  const width = box.getBoundingClientRect().width;
  if (!width) return;
  const markers = [...box.querySelectorAll<HTMLElement>('.first-view__marker[data-at]')];
  const points = markers.map((marker, i) => {
    const [x, y] = marker.getAttribute('data-at')!.split(' ').map(Number) as [number, number];
    return { id: String(i), x: x * width, y: y * width };
  });
  for (const [i, offset] of spreadMarkers(points, MARKER_GAP))
    markers[Number(i)]!.style.translate = markerTranslate(offset);
}
