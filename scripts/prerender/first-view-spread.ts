/**
 * The prerendered page's markers moved apart before its first paint. Where two markers of the
 * first map view would overlap (largo Boccioni and via Capuana on a phone), the app moves them
 * apart by what the screen's width allows (src/map/marker-spread.ts); the prerendered page cannot
 * know that width, so this script, right after the page's body, measures it and moves them as the
 * app will, from the same numbers (`data-at`, a marker's place in fractions of the frame's width)
 * and the same function's very text. When the app's page takes over, nothing moves.
 *
 * A script in the page itself, allowed by its hash in the content security policy: the markers
 * must be apart in the first frame, before any script file could arrive.
 */
import { MARKER_GAP, spreadMarkers } from '../../src/map/marker-spread.ts';

export function firstViewSpreadScript(): string {
  return `(function (spread, gap) {
  var box = document.querySelector('[data-first-view] .first-view__box');
  if (!box) return;
  var width = box.getBoundingClientRect().width;
  if (!width) return;
  var markers = box.querySelectorAll('.first-view__marker[data-at]');
  var points = [];
  for (var i = 0; i < markers.length; i++) {
    var at = markers[i].getAttribute('data-at').split(' ');
    points.push({ id: String(i), x: Number(at[0]) * width, y: Number(at[1]) * width });
  }
  spread(points, gap).forEach(function (offset, i) {
    markers[Number(i)].style.translate =
      'calc(-50% + ' + offset.dx.toFixed(1) + 'px) calc(-50% + ' + offset.dy.toFixed(1) + 'px)';
  });
})(${spreadMarkers.toString()}, ${MARKER_GAP});`;
}
