/**
 * Moves focus to a form control by id and brings its question into view, as GOV.UK's error
 * summary does: the label (or a radio group's legend) as well as the box, so the reader sees
 * what is being asked.
 */
export function focusControl(id: string): boolean {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLElement)) return false;
  const control = checkedRadioOf(element) ?? element;
  const grouped =
    control instanceof HTMLInputElement &&
    (control.type === 'radio' || control.type === 'checkbox');
  const question = grouped
    ? control.closest('fieldset')?.querySelector('legend')
    : control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement
      ? control.labels?.[0]
      : null;
  // scrollIntoView is missing in some environments (jsdom); focus matters more than scrolling.
  (question ?? control).scrollIntoView?.({ block: 'start' });
  control.focus({ preventScroll: Boolean(question) });
  return true;
}

/**
 * Runs after the current render's effects, so it wins over the route announcer, which focuses
 * the new page's <h1> after each navigation. Returns a cancel function for effect cleanup.
 */
export function afterNavigationFocus(focus: () => void): () => void {
  const timer = window.setTimeout(focus, 0);
  return () => window.clearTimeout(timer);
}

/** For a radio group named by its first radio: the chosen radio, where the keyboard expects focus. */
function checkedRadioOf(element: HTMLElement): HTMLInputElement | null {
  if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.form) {
    return null;
  }
  const group = element.form.elements.namedItem(element.name);
  if (!(group instanceof RadioNodeList)) return null;
  return (
    Array.from(group).find(
      (radio): radio is HTMLInputElement => radio instanceof HTMLInputElement && radio.checked,
    ) ?? null
  );
}
