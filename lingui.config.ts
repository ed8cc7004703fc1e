import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * Lingui's settings, read by `lingui compile` (npm run i18n:compile). The catalogs are PO files
 * whose msgid is the message ID (`nav.home`) and msgstr its text in that language; the build
 * compiles each into src/locales/<locale>/messages.ts (generated, never committed), so the
 * browser gets ready-made message functions and no message compiler.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es'],
  catalogs: [{ path: '<rootDir>/src/locales/{locale}/messages', include: ['<rootDir>/src'] }],
  compileNamespace: 'ts',
  // Our msgids are message IDs, never English text to hash into an ID.
  format: formatter({ explicitIdAsDefault: true, origins: false, lineNumbers: false }),
});
