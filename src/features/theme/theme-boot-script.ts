import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme-choice.ts';

/**
 * Runs in <head> before the stylesheet paints anything, so a visitor who chose a theme never sees
 * the other one first. It must be inline (an external script requested before first paint
 * delays it) and tiny; it does what `readThemeChoice` + `applyThemeChoice` do, in plain ES5.
 * vite.config.ts puts it into every page and the server allows exactly it by its hash, so the
 * Content-Security-Policy needs no 'unsafe-inline' and the two cannot drift apart.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source that allows one inline script: `'sha256-<base64>'` of its exact text. */
export function cspScriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The script sources the site's pages need besides 'self'. */
export const INLINE_SCRIPT_HASHES = [cspScriptHash(THEME_BOOT_SCRIPT)];
