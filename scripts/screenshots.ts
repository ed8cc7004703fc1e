/**
 * npm run screenshots — full-page screenshots of every route at phone and desktop widths, from
 * the built site served by the real server, into test-results/screenshots/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { startServer } from '../tests/e2e/start-server.ts';

const ROUTES: [name: string, path: string][] = [
  ['home', '/'],
  ['news', '/news'],
  ['article', '/news/peru-support-groups-annual-conference-on-5-november'],
  ['notices', '/notices'],
  ['notice', '/notices/annual-report-2014-2015'],
  ['background', '/background'],
  ['topic', '/background/why-join-the-psg'],
  ['event', '/events/annual-conference-2016'],
  ['join', '/join'],
  ['not-found', '/no-such-page'],
];
const WIDTHS = [360, 1280];
const outDir = 'test-results/screenshots';

await mkdir(outDir, { recursive: true });
const { app, baseUrl } = await startServer();
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const [name, path] of ROUTES) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: true });
    }
    await page.close();
  }
  console.log(`${ROUTES.length * WIDTHS.length} screenshots in ${outDir}/`);
} finally {
  await browser.close();
  await app.close();
}
