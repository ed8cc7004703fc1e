/** The visitor's colour theme: the device's setting, or one they chose in the header. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Where the choice is kept across visits (localStorage). The boot script reads the same key. */
export const THEME_STORAGE_KEY = 'psg:theme';

/** Anything stored that is not a theme (an old value, a hand edit) means "follow the device". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Storage can be missing or refuse access (private modes, blocked cookies): then "system". */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Keeps the choice; "system" removes it, so a later change of the device's setting wins. */
export function saveThemeChoice(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  choice: ThemeChoice,
): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the theme still applies to this page, it just is not remembered.
  }
}

/**
 * Shows the page in the chosen theme: `data-theme` on <html> fixes light or dark; without it the
 * stylesheet follows the device (prefers-color-scheme).
 */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
