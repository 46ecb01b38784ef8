/**
 * The prerendered page before the app has hydrated it, and how the app takes it over as it is.
 *
 * Its form controls are the app's own once hydrated: what a person ticked, typed or selected
 * meanwhile is in them, and `announceChangedControls` tells the app. Two things the page cannot
 * hold by itself, boot.ts notes (`EarlyInput`): a space chosen (its marker, or its list entry
 * opened in place) and a reach for the map.
 */
export interface EarlyInput {
  /** The id of the space they chose last, in the list or on the first map view. */
  space: string | null;
  /** True when they reached for the map. */
  mapReached: boolean;
}

/**
 * Tells the app of the form controls a person changed before it hydrated them, the way the
 * browser would have (a click, or a value set and announced by an event). React hydrates a
 * control as it finds it and takes its value as the one it had drawn, so the app would not hear
 * of the change (React's next versions announce it themselves). A control's markup keeps what
 * was drawn (`defaultChecked`, `defaultValue`, an option's `defaultSelected`): a control whose
 * state differs from it was changed.
 */
export function announceChangedControls(root: HTMLElement): void {
  for (const control of root.querySelectorAll('input, select, textarea')) {
    if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((option) => option.selected !== option.defaultSelected))
        control.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (control instanceof HTMLInputElement && isCheckable(control)) {
      // A radio announces the one newly chosen only, as the browser does.
      if (
        control.checked === control.defaultChecked ||
        (control.type === 'radio' && !control.checked)
      )
        continue;
      // Back to what was drawn (React's own record of the control follows it), then the click.
      const changed = control.checked;
      control.checked = !changed;
      control.click();
    } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      if (control.value === control.defaultValue) continue;
      const typed = control.value;
      control.value = control.defaultValue;
      // Set past React's record of the control, as typing does, then announced.
      const prototype = Object.getPrototypeOf(control) as object;
      Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, typed);
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

const isCheckable = (input: HTMLInputElement) =>
  input.type === 'checkbox' || input.type === 'radio';

/**
 * Gives each prerendered element its place back in its own style. The build moved the page's
 * style attributes into rules of its stylesheet (a strict content security policy applies no
 * style attribute), each element naming its rule by `data-prerender-style`; React takes an
 * element's style to be its own, and later changes only what changes, so it must be there. Set
 * by the style's properties, which the policy allows, and before React hydrates the page.
 */
export function adoptPrerenderedStyles(root: HTMLElement): void {
  const elements = root.querySelectorAll<HTMLElement>('[data-prerender-style]');
  if (elements.length === 0) return;
  const rules = new Map<string, CSSStyleDeclaration>();
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    for (const rule of list) {
      const name =
        rule instanceof CSSStyleRule &&
        /^\[data-prerender-style="(\d+)"\]$/.exec(rule.selectorText);
      if (name) rules.set(name[1]!, (rule as CSSStyleRule).style);
    }
  }
  for (const element of elements) {
    const rule = rules.get(element.getAttribute('data-prerender-style')!);
    if (!rule) continue;
    for (const property of rule)
      element.style.setProperty(property, rule.getPropertyValue(property));
    element.removeAttribute('data-prerender-style');
  }
}
