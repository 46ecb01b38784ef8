/**
 * How the map shows the spaces. Each is an HTML marker button (focusable, named, shaped and
 * numbered by area) up to a programme of this many spaces, the nine-space programme included.
 * Beyond, hundreds of buttons would make every filter toggle and pan slow and overlap into a
 * carpet no one can tap: the map draws the spaces itself (a WebGL layer; the first map view,
 * dots), each still reachable by the list, and the open space keeps its button.
 */
export const MARKER_BUTTONS_MAX = 100;

export function spacesAsButtons(spaceCount: number): boolean {
  return spaceCount <= MARKER_BUTTONS_MAX;
}
