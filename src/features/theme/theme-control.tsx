import { useLingui } from '@lingui/react';
import type { ChangeEvent } from 'react';

/** The choice's logic loads after first paint, outside the home page's code budget. */
const themeChoice = () => import('./theme-choice.ts');

function choose(event: ChangeEvent<HTMLSelectElement>) {
  apply(event.target.value);
}

function apply(value: string) {
  void themeChoice().then(({ applyThemeChoice, parseThemeChoice, saveThemeChoice }) => {
    const choice = parseThemeChoice(value);
    saveThemeChoice(localStorage, choice);
    applyThemeChoice(document.documentElement, choice);
  });
}

/**
 * Light, dark or the device's setting, kept across visits. Prerendered pages say "device": the
 * boot script has already applied a stored choice before paint, and the control shows it once
 * the page hydrates. The select keeps its own value (the
 * page's only reader is the stylesheet).
 */
export function ThemeControl() {
  const { _ } = useLingui();
  return (
    <select
      // The boot script has put the kept choice on <html>; nothing there means the device's.
      ref={(select) => {
        if (!select) return;
        const kept = document.documentElement.dataset.theme ?? 'system';
        // Changed before the page woke up (it was prerendered as "system"): the visitor's
        // choice wins over the kept one.
        if (select.value !== 'system' && select.value !== kept) apply(select.value);
        else select.value = kept;
      }}
      aria-label={_('theme.label')}
      className="theme-control"
      defaultValue="system"
      onChange={choose}
    >
      <option value="system">{_('theme.system')}</option>
      <option value="light">{_('theme.light')}</option>
      <option value="dark">{_('theme.dark')}</option>
    </select>
  );
}
