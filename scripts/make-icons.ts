/**
 * Draws the app icons of the web app manifest with the local Chromium (no image service, no new
 * dependency), in the favicon's colours: public/icons/icon-{192,512}.png, a maskable 512 px
 * icon whose artwork sits inside the central safe zone, and public/favicon.ico (a 32 px PNG in an
 * ICO file, what a browser asks for when a page links no icon: the prerendered pages link the
 * SVG favicon only from their boot script). Run after changing them:
 *
 *   npx tsx scripts/make-icons.ts
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const publicDir = resolve(import.meta.dirname, '../public');

/** Peru's flag (red, white, red) with the initials on the white band. */
function artwork(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="${size}" height="${size}" style="display:block">
  <rect width="96" height="96" fill="#8c0b19"/><rect x="32" width="32" height="96" fill="#fff"/>
  <text x="48" y="53" font-family="sans-serif" font-size="12" font-weight="700" text-anchor="middle" fill="#8c0b19">PSG</text>
</svg>`;
}

/** `inset`: the share of each side left as brand colour (a maskable icon's safe zone is 80%). */
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'maskable-512.png', size: 512, inset: 0.12 },
];

/** An ICO file holding one PNG image (allowed since Windows Vista, read by every browser). */
export function icoOf(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width (0 means 256)
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(header.length, 18); // image offset
  return Buffer.concat([header, png]);
}

const FAVICON_SIZE = 32;

const browser = await launchChromium();
try {
  const favicon = await browser.newPage({
    viewport: { width: FAVICON_SIZE, height: FAVICON_SIZE },
  });
  await favicon.setContent(`<body style="margin:0">${artwork(FAVICON_SIZE)}</body>`);
  await writeFile(
    resolve(publicDir, 'favicon.ico'),
    icoOf(await favicon.screenshot(), FAVICON_SIZE),
  );
  await favicon.close();
  for (const { file, size, inset } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const padding = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:#8c0b19;padding:${padding}px">${artwork(size - 2 * padding)}</body>`,
    );
    await page.screenshot({ path: resolve(publicDir, 'icons', file), omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${ICONS.length} icons to public/icons/ and public/favicon.ico`);
