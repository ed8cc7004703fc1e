import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * In Node the app's relative fetches of /content/* have no server to go to: answer them from
 * the files under `root` (a built site, or public/), as the server would.
 */
export function serveContentFromDisk(root: string) {
  const networkFetch = globalThis.fetch;
  // Shared files (tags.json, events.json, …) are asked for by page after page: read each once.
  const files = new Map<string, Promise<string | null>>();
  const read = (path: string) => {
    let body = files.get(path);
    if (!body) {
      body = readFile(join(root, path), 'utf8').catch(() => null);
      files.set(path, body);
    }
    return body;
  };
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/content/')) return networkFetch(input, init);
    const body = await read(decodeURIComponent(url));
    if (body === null) return new Response('Not found', { status: 404 });
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
}
