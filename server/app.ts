import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export type AppOptions = { distDir: string; logger?: boolean };

/**
 * The production server: the built site, with deep links falling back to the single-page app,
 * while a missing content file or asset is a real 404 (the app relies on that for unknown slugs).
 */
export async function buildApp({ distDir, logger = false }: AppOptions): Promise<FastifyInstance> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  }
  const app = Fastify({ logger });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Off so the site also works over plain http on localhost; a TLS proxy sets HSTS.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(compress);
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite puts a content hash in every asset name, so those never change; everything else
      // (HTML, content JSON) is revalidated with its ETag on each use.
      reply.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage =
      request.method === 'GET' &&
      !path.startsWith('/content/') &&
      !path.startsWith('/assets/') &&
      !path.startsWith('/api/');
    if (wantsPage) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });

  return app;
}
