/**
 * Draws the app icons of the web app manifest with the local Chromium (no image service, no new
 * dependency), in the favicon's colours: public/icons/icon-{192,512}.png and a maskable 512 px
 * icon whose artwork sits inside the central safe zone. Run after changing them:
 *
 *   npx tsx scripts/make-icons.ts
 */
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

const browser = await launchChromium();
try {
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
console.log(`Wrote ${ICONS.length} icons to public/icons/`);
