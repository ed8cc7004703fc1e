import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** Where the static copies go inside a (temporary) build, so the same server sends them. */
export const STATIC_COPY_DIR = 'bench-static';

/**
 * A built page as a hand-written static page would be: the same HTML content, its stylesheets
 * inlined in <style>, and no script at all (no module script, no modulepreload, no loader, no
 * data handoff). The baseline each real page is compared with. Regular expressions suffice:
 * the HTML is the build's own (React's output in Vite's template, with every "<" inside the
 * data handoff escaped, so no script's text can hold "</script>").
 */
export function staticCopyHtml(html: string, stylesheet: (href: string) => string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="?modulepreload"?[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi, (tag) => {
      const href = /\bhref="([^"]*)"/.exec(tag)?.[1] ?? '';
      return `<style>${stylesheet(href)}</style>`;
    });
}

/** The address of a page's static copy: /news/x → /bench-static/news/x/. */
export function staticCopyPath(path: string): string {
  return `/${STATIC_COPY_DIR}${path === '/' ? '' : path}/`;
}

/**
 * Writes the static copy of each prerendered page into `<distDir>/bench-static/`, and returns
 * their addresses in the same order. The server sends them with a CSP that allows inline style
 * (see allowInlineStyleUnder below).
 */
export async function writeStaticCopies(
  distDir: string,
  paths: readonly string[],
): Promise<string[]> {
  const assets = join(distDir, 'assets');
  const css = new Map<string, string>();
  for (const file of (await readdir(assets)).filter((name) => name.endsWith('.css'))) {
    css.set(`/assets/${file}`, await readFile(join(assets, file), 'utf8'));
  }
  for (const path of paths) {
    const html = await readFile(join(distDir, path, 'index.html'), 'utf8');
    const dir = join(distDir, staticCopyPath(path));
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'index.html'),
      staticCopyHtml(html, (href) => {
        const text = css.get(href);
        if (text === undefined) throw new Error(`${path}: stylesheet ${href} not found`);
        return text;
      }),
    );
  }
  return paths.map(staticCopyPath);
}

/**
 * The static copies inline their CSS, so pages under `prefix` get a CSP that allows inline style;
 * every other response keeps the site's own.
 */
export function allowInlineStyleUnder(prefix: string) {
  return (app: FastifyInstance): void => {
    app.addHook('onSend', async (request, reply) => {
      if (!request.url.startsWith(prefix)) return;
      const csp = String(reply.getHeader('content-security-policy') ?? '');
      reply.header(
        'content-security-policy',
        csp.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'"),
      );
    });
  };
}
