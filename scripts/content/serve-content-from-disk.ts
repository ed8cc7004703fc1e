import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * In Node the app's relative fetches of /content/* have no server to go to: answer them from
 * the files under `root` (a built site, or public/), as the server would.
 */
export function serveContentFromDisk(root: string) {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/content/')) return networkFetch(input, init);
    try {
      const body = await readFile(join(root, decodeURIComponent(url)), 'utf8');
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
