import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const publicDir = resolve(import.meta.dirname, '../../public');

/** Serves /content/* from the real files in public/, as the built site and the server do. */
export const contentHandler = http.get('*/content/*', async ({ request }) => {
  const { pathname } = new URL(request.url);
  const file = resolve(publicDir, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(`${publicDir}/content/`)) return new HttpResponse(null, { status: 404 });
  try {
    const body = await readFile(file, 'utf8');
    return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new HttpResponse('Not found', { status: 404 });
  }
});

export const server = setupServer(contentHandler);
