import { execFileSync } from 'node:child_process';

/** The tests read the real content, including the derived news pages, so build those first. */
export default function setup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts', 'build'], {
    stdio: 'inherit',
  });
}
