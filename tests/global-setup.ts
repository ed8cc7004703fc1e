import { execFileSync } from 'node:child_process';

/**
 * The tests read the real content, including the derived news pages, so build those first; and
 * the real catalogs, compiled from the PO files.
 */
export default function setup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-compile.ts'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts', 'build'], {
    stdio: 'inherit',
  });
}
