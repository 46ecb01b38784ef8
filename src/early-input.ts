/**
 * What a person did on the prerendered page before the app started (noted by boot.ts), and how
 * the app carries it out on its own page, which has the same form controls in the same order.
 */
/** A form control's state: a ticked box or radio, or a typed or selected value. */
export type ControlState =
  | { kind: 'checked'; type: string; checked: boolean }
  | { kind: 'value'; type: string; value: string };

export interface EarlyInput {
  /** The id of the space they chose last, in the list or on the first map view. */
  space: string | null;
  /** True when they reached for the map. */
  mapReached: boolean;
  /** The controls they changed, by position among the page's form controls. */
  controls: Map<number, ControlState>;
  /** The position of the control that had the focus, if one had. */
  focus: number | null;
}

/** The page's form controls, in document order. */
export function formControls(): (HTMLInputElement | HTMLSelectElement)[] {
  return [
    ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#root input, #root select'),
  ];
}

/**
 * Gives the app's controls the states the person left on the prerendered ones, the way the
 * browser would (a click, or a value set and announced by an event), so the app hears of it.
 */
export function carryOutControls(early: EarlyInput): void {
  const controls = formControls();
  for (const [index, state] of early.controls) {
    const control = controls[index];
    if (!control || control.type !== state.type) continue;
    if (state.kind === 'checked') {
      if ((control as HTMLInputElement).checked !== state.checked) control.click();
    } else if (control.value !== state.value) {
      const prototype =
        control instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, state.value);
      control.dispatchEvent(
        new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
      );
    }
  }
  // The focus, lost when the prerendered control was replaced.
  const focused = early.focus === null ? undefined : controls[early.focus];
  if (focused && (document.activeElement === document.body || !document.activeElement)) {
    focused.focus();
  }
}
