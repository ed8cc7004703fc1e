import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT } from '../src/features/theme/theme-boot-script.ts';
import {
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  THEME_STORAGE_KEY,
} from '../src/features/theme/theme-choice.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
});

/** Storage that refuses every use, as some browsers' private modes do. */
const refusingStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('the theme choice', () => {
  it('is light or dark when chosen, and the device setting for anything else', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    for (const other of [null, undefined, '', 'system', 'DARK', 'blue', 1]) {
      expect(parseThemeChoice(other)).toBe('system');
    }
  });

  it('is kept in localStorage; "system" removes it so the device decides again', () => {
    saveThemeChoice(localStorage, 'dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice(localStorage)).toBe('dark');
    saveThemeChoice(localStorage, 'system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readThemeChoice(localStorage)).toBe('system');
  });

  it('falls back to the device setting when storage is refused or missing', () => {
    expect(readThemeChoice(refusingStorage)).toBe('system');
    expect(readThemeChoice(undefined)).toBe('system');
    expect(() => saveThemeChoice(refusingStorage, 'dark')).not.toThrow();
  });

  it('marks <html> with the theme, or nothing for the device setting', () => {
    applyThemeChoice(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyThemeChoice(root, 'system');
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe('the boot script that applies a kept choice before first paint', () => {
  const runBootScript = () => new Function(THEME_BOOT_SCRIPT)() as void;

  it('applies exactly what the app would apply for each stored value', () => {
    for (const stored of ['light', 'dark', 'system', 'blue', null]) {
      if (stored === null) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, stored);
      delete root.dataset.theme;
      runBootScript();
      const fromScript = root.dataset.theme;
      delete root.dataset.theme;
      applyThemeChoice(root, readThemeChoice(localStorage));
      expect(fromScript, `stored ${String(stored)}`).toBe(root.dataset.theme);
    }
  });
});

describe('the theme control in the header', () => {
  it('shows the kept choice and changes the theme', async () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    // As the boot script does before the page paints.
    new Function(THEME_BOOT_SCRIPT)();
    const { user } = renderRoute('/');
    await findPageHeading('Peru Support Group');
    const control = screen.getByRole('combobox', { name: 'Colour theme' });
    expect(control).toHaveValue('dark');

    await user.selectOptions(control, 'Light theme');
    await waitFor(() => expect(root.dataset.theme).toBe('light'), { timeout: 5000 });
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');

    await user.selectOptions(control, 'Device theme');
    await waitFor(() => expect(root.dataset.theme).toBeUndefined(), { timeout: 5000 });
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });
});
