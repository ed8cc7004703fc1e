/**
 * npm run build: writes dist/_headers (read by Netlify and Cloudflare Pages) from
 * server/http-headers.ts, the module the Node server sends its headers from, so the site keeps
 * its CSP, Permissions-Policy and caching on a static host.
 *
 * Usage: tsx scripts/static-headers.ts [dist-dir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inlineStyleSources, staticHostHeaders } from '../server/http-headers.ts';

export const STATIC_HEADERS_FILE = '_headers';

const distDir = resolve(process.argv[2] ?? 'dist');
// The prerendered pages' inline stylesheet, allowed by its hash (the same on every page).
const styles = inlineStyleSources(readFileSync(join(distDir, 'index.html'), 'utf8'));
writeFileSync(join(distDir, STATIC_HEADERS_FILE), staticHostHeaders(styles));
console.log(`Wrote ${join(distDir, STATIC_HEADERS_FILE)}`);
