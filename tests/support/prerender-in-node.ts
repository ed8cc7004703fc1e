/**
 * Prints the prerendered page for a URL as JSON, rendered from public/content. The hydration
 * tests run it in its own Node process, as the build does: React's server and browser renderers
 * must not share one process, or React reports "multiple renderers" for the same context.
 *
 * Usage: node --import tsx tests/support/prerender-in-node.ts <url> <renderedAt>
 */
import { resolve } from 'node:path';
import { renderPage } from '../../src/app/render-page.tsx';
import { serveContentFromDisk } from '../../scripts/content/serve-content-from-disk.ts';

const [url = '/', renderedAt = String(Date.now())] = process.argv.slice(2);
serveContentFromDisk(resolve(import.meta.dirname, '../../public'));
process.stdout.write(JSON.stringify(await renderPage(url, Number(renderedAt))));
