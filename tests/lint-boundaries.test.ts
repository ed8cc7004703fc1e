// @vitest-environment node
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import rules of eslint.config.js, run through ESLint's own API on snippets placed in the
 * tree, so a rule that stops firing (a renamed folder, a resolver that no longer resolves) fails
 * here instead of letting the layers mix unnoticed.
 */
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('import-x/'))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    [
      'a helper imports a component',
      'src/lib/fixture.ts',
      "import { PageMeta } from '../components/page-meta.tsx';\nexport { PageMeta };\n",
      'src/lib holds small helpers',
    ],
    [
      'the page map imports a helper',
      'src/config/fixture.ts',
      "import { SITE_NAME } from '../lib/site.ts';\nexport { SITE_NAME };\n",
      'src/config is the bottom layer',
    ],
    [
      'a shared component imports a feature',
      'src/components/fixture.ts',
      "import { newsQueries } from '../features/news/news-queries.ts';\nexport { newsQueries };\n",
      'src/components is shared',
    ],
    [
      'a feature imports another feature',
      'src/features/news/fixture.ts',
      "import { eventQueries } from '../events/event-queries.ts';\nexport { eventQueries };\n",
      'A feature never imports another feature',
    ],
    [
      'a route imports the app',
      'src/routes/fixture.ts',
      "import { createRoutes } from '../app/routes.tsx';\nexport { createRoutes };\n",
      'A route module may not import the app shell',
    ],
    [
      'the server imports a React component',
      'server/fixture.ts',
      "import { PageMeta } from '../src/components/page-meta.tsx';\nexport { PageMeta };\n",
      'never React components or routes',
    ],
    [
      'the server imports the app shell beyond its render entry',
      'server/fixture.ts',
      "import { createRoutes } from '../src/app/routes.tsx';\nexport { createRoutes };\n",
      'only through the app',
    ],
    [
      'the size check imports a bench',
      'scripts/size/fixture.ts',
      "import { runLighthouse } from '../bench/lighthouse.ts';\nexport { runLighthouse };\n",
      'stand apart from the benches',
    ],
    [
      'the form machinery imports a form feature',
      'src/features/forms/fixture.ts',
      "import { JOIN_PATHS } from '../membership/membership-paths.ts';\nexport { JOIN_PATHS };\n",
      'A feature never imports another feature',
    ],
    [
      'product code imports test support',
      'src/lib/fixture.ts',
      "import { server } from '../../tests/support/msw-server.ts';\nexport { server };\n",
      'Product code never imports tests',
    ],
    [
      'the server imports a build script',
      'server/fixture.ts',
      "import { sitePages } from '../scripts/content/site-pages.ts';\nexport { sitePages };\n",
      'Product code never imports build scripts',
    ],
    [
      'a script imports a test',
      'scripts/fixture.ts',
      "import { ROUTES } from '../tests/e2e/site.ts';\nexport { ROUTES };\n",
      'Scripts may use tests/support',
    ],
  ])('refuses %s', async (_name, file, code, message) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('import-x/no-restricted-paths');
    expect(found[0]).toContain(message);
  });

  it('allows imports down the layers', async () => {
    const code = [
      "import { PageMeta } from '../components/page-meta.tsx';",
      "import { paths } from '../config/paths.ts';",
      "import { newsQueries } from '../features/news/news-queries.ts';",
      "import { absoluteUrl } from '../lib/site.ts';",
      'export { PageMeta, paths, newsQueries, absoluteUrl };',
      '',
    ].join('\n');
    expect(await problems('src/routes/fixture.ts', code)).toEqual([]);
  });

  it('lets a form feature build on the form machinery, and the server render a page', async () => {
    const feature =
      "import { useAnswersForm } from '../forms/use-answers-form.ts';\nexport { useAnswersForm };\n";
    expect(await problems('src/features/membership/fixture.ts', feature)).toEqual([]);
    const server =
      "import { renderPage } from '../src/app/render-page.tsx';\nexport { renderPage };\n";
    expect(await problems('server/fixture.ts', server)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // route-params.ts imports fetch-content.ts; this makes fetch-content.ts import it back.
    const code =
      "import { requireSlug } from './route-params.ts';\nexport const check = requireSlug;\n";
    const found = await problems('src/lib/fetch-content.ts', code);
    expect(found).toEqual([expect.stringContaining('import-x/no-cycle')]);
  });
});
