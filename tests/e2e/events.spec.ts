import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { BEFORE_CONFERENCE, CONFERENCE_PATH } from './site.ts';
import { DIST_DIR } from '../support/test-server.ts';
import { localeOfPath } from '../../src/config/locales.ts';

const CONFERENCE = 'Peru Support Group Annual Conference';

test('/events lists the 2016 conference under "Past", reached from the footer', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page).toHaveTitle('Events – Peru Support Group');
  const past = page.getByRole('region', { name: 'Past events' });
  const upcoming = page.getByRole('region', { name: 'Upcoming events' });
  await expect(upcoming).toContainText('No events are planned at the moment.');
  await past.getByRole('link', { name: CONFERENCE }).click();
  await expect(page).toHaveURL(CONFERENCE_PATH);
  await expect(page).toHaveTitle(`${CONFERENCE}, Saturday 5 November 2016 – Peru Support Group`);
});

test('before the conference it is upcoming', async ({ page, setTime }) => {
  await setTime(BEFORE_CONFERENCE);
  await page.goto('/events');
  await expect(
    page.getByRole('region', { name: 'Upcoming events' }).getByRole('link', { name: CONFERENCE }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Past events' })).toContainText('No past events.');
});

/** Every prerendered page of the build, with its <title>. */
function prerenderedTitles(dir = DIST_DIR, path = ''): { path: string; title: string }[] {
  return readdirSync(join(dir, path), { withFileTypes: true }).flatMap((entry) => {
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) return prerenderedTitles(dir, child);
    // Each page's index.html, and the 404 page (app.html is the bare shell of the form steps).
    if (entry.name !== 'index.html' && child !== '/404.html') return [];
    const html = readFileSync(join(dir, child), 'utf8');
    return [{ path: child, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '' }];
  });
}

test('every prerendered page has a title of its own (in its language)', () => {
  const pages = prerenderedTitles();
  expect(pages.length).toBeGreaterThan(30);
  // A page and its Spanish version (/es/...) may share an English-only content title: they are
  // the same page in two languages (hreflang alternates), not two pages.
  const byTitle = new Map<string, string[]>();
  for (const { path, title } of pages) {
    const key = `${localeOfPath(path)} ${title}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), path]);
  }
  const shared = [...byTitle].filter(([title, paths]) => !title || paths.length > 1);
  expect(shared.map(([title, paths]) => `${title}: ${paths.join(', ')}`)).toEqual([]);
});
