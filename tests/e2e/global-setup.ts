import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../support/chromium.ts';
import { DIST_DIR } from '../support/test-server.ts';

/** Fails once, with what to do, rather than once per worker with a launch stack trace. */
export default function globalSetup(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`No built site in ${DIST_DIR}: run "npm run build" (or "npm run test:e2e").`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}
