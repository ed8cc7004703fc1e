/**
 * The one source of the HTTP headers the site is served with: the Node server sends them
 * (server/app.ts) and the build writes them for static hosts (scripts/static-headers.ts, into
 * dist/_headers), so a site on a CDN gets the same CSP and caching as one behind the server.
 * Plain data, no Fastify: the build reads it too.
 */
import { createHash } from 'node:crypto';
import { BOOT_SCRIPT } from '../src/app/boot-script.ts';
import { INLINE_SCRIPT_HASHES } from '../src/features/theme/theme-boot-script.ts';

/** A CSP source allowing one inline script by its SHA-256 (no 'unsafe-inline'). */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * Directive name → sources. No `unsafe-inline`: every script and style is a file of the site,
 * but for two tiny inline scripts allowed by their hashes: the theme's (in <head>, so the chosen
 * theme paints first) and the prerendered pages' boot script (src/app/boot-script.ts); and the
 * site's stylesheet, which the prerenderer inlines into every prerendered page so it paints
 * without waiting for another request: its hash depends on the build, so `style-src` gets it
 * from the built pages (inlineStyleSources, securityHeadersFor).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'", ...INLINE_SCRIPT_HASHES, scriptHashSource(BOOT_SCRIPT)],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  // No upgrade-insecure-requests: the site also runs over plain http on localhost.
};

/** Browser features the site never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export function contentSecurityPolicy(styleSources: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) =>
      [name, ...sources, ...(name === 'style-src' ? styleSources : [])].join(' '),
    )
    .join(';');
}

/**
 * The CSP sources (SHA-256 hashes) of the inline stylesheets of a built page: the site's CSS,
 * which the prerenderer puts in a <style> of every prerendered page (the same on each).
 */
export function inlineStyleSources(html: string): string[] {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return [...new Set(styles.map(scriptHashSource))];
}

/** Sent with every response, errors included (the values helmet used to send, plus more). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'Permissions-Policy': PERMISSIONS_POLICY_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

/** SECURITY_HEADERS for a build whose pages carry these inline stylesheets (their hashes). */
export function securityHeadersFor(styleSources: readonly string[]): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(styleSources),
  };
}

/**
 * Sent only on responses to requests that came over TLS (to the server itself, or to a proxy
 * named in TRUST_PROXY that says so in X-Forwarded-Proto): over plain http it means nothing,
 * and on http://localhost it would pin the browser to https for a year.
 */
export const HSTS_HEADER = {
  name: 'Strict-Transport-Security',
  value: 'max-age=31536000; includeSubDomains',
} as const;

/**
 * Cache rules by URL prefix, the first match wins. Vite puts a content hash in every asset
 * name, so those never change; everything else (HTML, content JSON, feeds) is revalidated with
 * its ETag on each use (the default).
 */
export const CACHE_RULES: readonly { prefix: string; cacheControl: string }[] = [
  { prefix: '/assets/', cacheControl: 'public, max-age=31536000, immutable' },
];
export const DEFAULT_CACHE_CONTROL = 'no-cache';

export function cacheControlFor(urlPath: string): string {
  return (
    CACHE_RULES.find((rule) => urlPath.startsWith(rule.prefix))?.cacheControl ??
    DEFAULT_CACHE_CONTROL
  );
}

/**
 * The same headers in the `_headers` format Netlify and Cloudflare Pages read. Both add up the
 * headers of every rule a path matches, joining repeated names with commas, so the cache rules
 * get their own paths and the default (`no-cache`) is left to the host, whose own default for
 * everything else is the same "revalidate each time" (`max-age=0, must-revalidate`). Those hosts
 * serve only https, so HSTS is always included.
 */
export function staticHostHeaders(styleSources: readonly string[] = []): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by npm run build from server/http-headers.ts: edit that, not this file.',
    block('/*', { ...securityHeadersFor(styleSources), [HSTS_HEADER.name]: HSTS_HEADER.value }),
    ...CACHE_RULES.map((rule) => block(`${rule.prefix}*`, { 'Cache-Control': rule.cacheControl })),
  ]
    .join('\n\n')
    .concat('\n');
}
