/**
 * npm run build, last step: Brotli (quality 11) and gzip (level 9) copies of every JavaScript
 * and CSS file in dist/assets, which the server sends as they are (@fastify/static's
 * preCompressed). Compressing once at build is smaller than compressing on every request, and
 * costs the server nothing. Pages and content stay compressed on the fly: they are small and
 * there may be thousands of them.
 *
 * Usage: tsx scripts/precompress.ts [dist-dir]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const assetsDir = join(resolve(process.argv[2] ?? 'dist'), 'assets');

const files = (await readdir(assetsDir)).filter((file) => /\.(?:js|css)$/.test(file));
let before = 0;
let after = 0;
await Promise.all(
  files.map(async (file) => {
    const source = await readFile(join(assetsDir, file));
    const [br, gzipped] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
      gz(source, { level: 9 }),
    ]);
    before += source.length;
    after += br.length;
    await Promise.all([
      writeFile(join(assetsDir, `${file}.br`), br),
      writeFile(join(assetsDir, `${file}.gz`), gzipped),
    ]);
  }),
);
console.log(
  `Precompressed ${files.length} assets: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB Brotli`,
);
