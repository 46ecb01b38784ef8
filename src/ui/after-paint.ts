/**
 * Runs `work` once the browser has painted the frame that answers the person's input. A tap that
 * opens something heavy (a space's panel, the map's flight) first shows the pressed control, then
 * does the work: the input is answered at the next frame on a slow phone (Event Timing, INP), and
 * what it opens follows.
 */
export function afterNextPaint(work: () => void): void {
  // A frame's callbacks run before its paint; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(work, 0));
}
