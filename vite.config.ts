import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { buildMetadataOutOfDist } from './scripts/build-metadata.ts';

export default defineConfig({
  plugins: [react(), buildMetadataOutOfDist()],
  // The bench (scripts/bench) builds synthetic archives from a temporary copy of public/.
  publicDir: process.env.PSG_PUBLIC_DIR ?? 'public',
  server: {
    // `npm run dev` sends form submissions to the Node server started beside it.
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
  build: {
    target: 'es2022',
    // Maps and the manifest (the chunk graph npm run check:size reads) are moved out of dist/
    // into dist-meta/ once written (scripts/build-metadata.ts); 'hidden': no sourceMappingURL.
    sourcemap: 'hidden',
    manifest: true,
    rollupOptions: {
      // The membership desk (/admin) is its own app, so none of it is in the public bundle.
      input: { index: 'index.html', admin: 'admin.html' },
    },
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    include: ['tests/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    // Generous for a busy two-core machine; a hung test still fails.
    testTimeout: 15_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
