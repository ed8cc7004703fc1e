/**
 * The layers of the code and which way imports may flow between them, as
 * `import-x/no-restricted-paths` zones: files under `target` may not import from `from`.
 *
 *   src:     config ← lib ← components ← features ← routes ← app
 *            (a feature never imports another feature: shared things move down)
 *            (features/forms, the form machinery, is the one feature others may build on)
 *   server:  may use src's schemas, config and lib, and renders pages through src/app's render
 *            entry only, never a component or route directly
 *   product code (src, server) never imports tests or scripts; scripts (benches) may use the
 *   test support in tests/support, never the tests themselves.
 */
import { readdirSync } from 'node:fs';

export const FEATURES = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Product code (src, server) never imports tests or scripts; its own test files may. */
const PRODUCT_ZONES = ['./src', './server'].flatMap((target) => [
  { target, from: './tests', message: 'Product code never imports tests.' },
  { target, from: './scripts', message: 'Product code never imports build scripts.' },
]);

/** The feature every form feature builds on. */
const FORMS_FEATURE = 'forms';

/** What the server may use of src/app to render a page (no-JS forms, search) like the build. */
const SERVER_RENDER_ENTRIES = ['./render-page.tsx', './page-template.ts', './boot-script.ts'];

const below = (target, layers, message) =>
  layers.map((layer) => ({ target, from: `./src/${layer}`, message }));

export const LAYER_ZONES = [
  ...below(
    './src/config',
    ['lib', 'components', 'features', 'routes', 'app'],
    'src/config is the bottom layer: it imports nothing of the app.',
  ),
  ...below(
    './src/lib',
    ['components', 'features', 'routes', 'app'],
    'src/lib holds small helpers: it may import src/config only.',
  ),
  ...below(
    './src/components',
    ['features', 'routes', 'app'],
    'src/components is shared, presentational UI: move what it needs into lib or config.',
  ),
  ...below(
    './src/features',
    ['routes', 'app'],
    'A feature may not import a route or the app: pass what it needs in.',
  ),
  ...below('./src/routes', ['app'], 'A route module may not import the app shell.'),
  // The form machinery (drafts, submission, check answers) is the one feature the form features
  // build on; it never imports them.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: feature === FORMS_FEATURE ? [`./${feature}`] : [`./${feature}`, `./${FORMS_FEATURE}`],
    message:
      'A feature never imports another feature (only the form machinery in features/forms): move the shared piece down to lib or components.',
  })),
  ...below(
    './server',
    ['components', 'routes'],
    'The server uses src/ schemas, config and lib, never React components or routes.',
  ),
  {
    target: './server',
    from: './src/app',
    except: SERVER_RENDER_ENTRIES,
    message:
      "The server renders pages only through the app's render entry (render-page, page-template, boot-script).",
  },
  ...PRODUCT_ZONES,
  {
    // The size check runs inside npm test: it shares scripts/size with the benches, never the
    // reverse dependency on a bench.
    target: ['./scripts/size', './scripts/check-size.ts'],
    from: './scripts/bench',
    message:
      'The size check and scripts/size stand apart from the benches: move shared code to scripts/size.',
  },
  {
    target: './scripts',
    from: './tests',
    except: ['./support'],
    message: 'Scripts may use tests/support (the one place for test support), never the tests.',
  },
];

/** The same, for test files beside the code they test (server tests and test support). */
export const TEST_FILE_ZONES = LAYER_ZONES.filter((zone) => !PRODUCT_ZONES.includes(zone));
