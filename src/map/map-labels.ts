/** MapLibre reads its UI strings once, at creation: this relabels them when the language changes. */

const CONTROLS: Record<string, string> = {
  'NavigationControl.ZoomIn': '.maplibregl-ctrl-zoom-in',
  'NavigationControl.ZoomOut': '.maplibregl-ctrl-zoom-out',
  'NavigationControl.ResetBearing': '.maplibregl-ctrl-compass',
};

export function relabelMapControls(container: HTMLElement, labels: Record<string, string>): void {
  for (const [key, selector] of Object.entries(CONTROLS)) {
    const button = container.querySelector<HTMLElement>(selector);
    const label = labels[key];
    if (button && label) {
      button.setAttribute('aria-label', label);
      button.title = label;
    }
  }
  const canvas = container.querySelector('canvas');
  const title = labels['Map.Title'];
  if (canvas && title) canvas.setAttribute('aria-label', title);
}
