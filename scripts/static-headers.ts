/**
 * npm run build: writes dist/_headers (read by Netlify and Cloudflare Pages) from
 * server/http-headers.ts, the module the Node server sends its headers from, so the site keeps
 * its CSP, Permissions-Policy and caching on a static host.
 *
 * Usage: tsx scripts/static-headers.ts [dist-dir]
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staticHostHeaders } from '../server/http-headers.ts';

export const STATIC_HEADERS_FILE = '_headers';

const distDir = resolve(process.argv[2] ?? 'dist');
writeFileSync(join(distDir, STATIC_HEADERS_FILE), staticHostHeaders());
console.log(`Wrote ${join(distDir, STATIC_HEADERS_FILE)}`);
