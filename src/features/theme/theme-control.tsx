import { useId, useSyncExternalStore, type ChangeEvent } from 'react';
import {
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from './theme-choice.ts';

const LABELS: Record<ThemeChoice, string> = {
  system: 'Device theme',
  light: 'Light theme',
  dark: 'Dark theme',
};

const changed = new Set<() => void>();

function subscribe(onChange: () => void) {
  // Another tab's choice applies here too.
  function onStorage(event: StorageEvent) {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    applyThemeChoice(document.documentElement, readThemeChoice(localStorage));
    onChange();
  }
  changed.add(onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    changed.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function choose(choice: ThemeChoice) {
  saveThemeChoice(localStorage, choice);
  applyThemeChoice(document.documentElement, choice);
  for (const onChange of changed) onChange();
}

/**
 * Light, dark or the device's setting, kept across visits. Prerendered pages say "device": the
 * boot script has already applied a stored choice before paint, and this control shows it once
 * the page hydrates.
 */
export function ThemeControl() {
  const id = useId();
  const choice = useSyncExternalStore(
    subscribe,
    () => readThemeChoice(localStorage),
    (): ThemeChoice => 'system',
  );
  return (
    <div className="theme-control">
      <label htmlFor={id} className="visually-hidden">
        Colour theme
      </label>
      <select
        id={id}
        className="theme-control__select"
        value={choice}
        onChange={(event: ChangeEvent<HTMLSelectElement>) =>
          choose(parseThemeChoice(event.target.value))
        }
      >
        {Object.entries(LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
