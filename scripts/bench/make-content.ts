/**
 * Synthetic news archives for the bench only; never site content. Copies public/ (content and
 * all) into a temporary folder and adds N made-up news items, the same N items for the same seed,
 * so runs compare like with like. Every item passes the content check.
 *
 * Usage: tsx scripts/bench/make-content.ts <out-dir> [count=1000] [--seed=1]
 * writes <out-dir>/public/ (point PSG_PUBLIC_DIR at it for vite build).
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NewsItem } from '../../src/features/news/news-schema.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_SEED = 1;

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Indigenous communities',
  'The Ombudsman',
  'Congress',
  'Mining workers',
  'Human rights defenders',
  'Farmers in Puno',
  'The environment ministry',
  'Amazonian federations',
  'Church groups in Cusco',
  'The constitutional court',
  'Lawyers for the families',
  'Women’s organisations',
  'Residents of Cajamarca',
  'The Truth Commission follow-up group',
];
const VERBS = [
  'challenge',
  'report on',
  'protest against',
  'call for an inquiry into',
  'welcome',
  'question',
  'reject',
  'review',
  'document',
  'warn about',
];
const OBJECTS = [
  'the new mining concessions',
  'water contamination near Las Bambas',
  'the oil spill in the northern Amazon',
  'delays to reparations for victims of the conflict',
  'the draft forestry law',
  'police handling of the Apurímac protests',
  'the free trade agreement',
  'illegal logging on titled community land',
  'the budget for bilingual schools',
  'consultation with indigenous peoples',
  'glacier loss in the Cordillera Blanca',
  'the pardon debate',
];
const PLACES = [
  'in Lima',
  'in Cusco',
  'in Puno',
  'in Loreto',
  'in Ayacucho',
  'in Piura',
  'in London',
];
const SENTENCE_TAILS = [
  'according to a report published this week',
  'after months of negotiation with the regional government',
  'while local organisations continue to ask for dialogue',
  'amid growing concern among the communities affected',
  'as the Peru Support Group has reported in earlier bulletins',
  'although the government has yet to respond in detail',
  'despite assurances given at the last round of talks',
  'and the case has been raised with members of the UK Parliament',
];

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: Random): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, PLACES)}, ${pick(random, SENTENCE_TAILS)}.`;
}

/** Whole sentences until the text reaches about `target` characters. */
function textOfLength(random: Random, target: number): string {
  let text = sentence(random);
  while (text.length < target - 60) text += ` ${sentence(random)}`;
  return text;
}

const DANGLING = new Set(['in', 'on', 'for', 'into', 'near', 'to', 'the', 'of', 'about', 'with']);

function title(random: Random): string {
  // About 60 characters, like the real titles: cut at a word, never after "of" or "the".
  const words = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS)]
    .concat(pick(random, PLACES))
    .join(' ')
    .split(' ');
  const kept = [words.shift()!];
  for (const word of words) {
    if (kept.join(' ').length + 1 + word.length > 68) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.has(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FIRST_DAY = Date.UTC(2001, 0, 1);
// Before the real items (October 2016), so the home page and its articles stay the same.
const LAST_DAY = Date.UTC(2016, 8, 30);
const DAY_MS = 86_400_000;

/**
 * `count` news items: titles of ~60 characters, ~400-character summaries, bodies of 3 to 6
 * paragraphs, dates spread over 2001–2016 and slugs made distinct by a numeric suffix. The first
 * n items are the same whatever the count, so a bigger archive contains a smaller one.
 */
export function syntheticNewsItems(count: number, seed = DEFAULT_SEED): NewsItem[] {
  const random = seededRandom(seed);
  const days = (LAST_DAY - FIRST_DAY) / DAY_MS;
  return Array.from({ length: count }, (_, index) => {
    const itemTitle = title(random);
    const date = new Date(FIRST_DAY + Math.floor(random() * (days + 1)) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const summary = textOfLength(random, 400);
    const paragraphs = 3 + Math.floor(random() * 4);
    const body = Array.from({ length: paragraphs }, () =>
      textOfLength(random, 350 + Math.floor(random() * 450)),
    );
    return {
      slug: `${slugify(itemTitle).slice(0, 60).replace(/-+$/, '')}-${index + 1}`,
      title: itemTitle,
      date,
      summary,
      body,
    };
  });
}

export type SyntheticSite = {
  /** The copy of public/ to build from (PSG_PUBLIC_DIR). */
  publicDir: string;
  contentDir: string;
  /** Real plus synthetic items. */
  newsCount: number;
};

/**
 * Writes `<outDir>/public`: a copy of the real public/ folder plus `count` synthetic items. The
 * derived news folders are left out; the content build writes them.
 */
export async function makeSyntheticSite(
  outDir: string,
  count: number,
  { seed = DEFAULT_SEED, sourcePublicDir = join(REPO_ROOT, 'public') } = {},
): Promise<SyntheticSite> {
  const publicDir = join(outDir, 'public');
  const contentDir = join(publicDir, 'content');
  await rm(publicDir, { recursive: true, force: true });
  await cp(sourcePublicDir, publicDir, {
    recursive: true,
    filter: (source) => !/[/\\]news[/\\](pages|neighbours)$/.test(source),
  });
  const itemsDir = join(contentDir, 'news', 'items');
  await mkdir(itemsDir, { recursive: true });
  const items = syntheticNewsItems(count, seed);
  // In batches: thousands of files at once would run out of file handles.
  for (let start = 0; start < items.length; start += 256) {
    await Promise.all(
      items
        .slice(start, start + 256)
        .map((item) =>
          writeFile(join(itemsDir, `${item.slug}.json`), `${JSON.stringify(item, null, 2)}\n`),
        ),
    );
  }
  const newsCount = (await readdir(itemsDir)).filter((file) => file.endsWith('.json')).length;
  return { publicDir, contentDir, newsCount };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const seedArgument = args.find((arg) => arg.startsWith('--seed='));
  const [outDir, countArgument = '1000'] = args.filter((arg) => !arg.startsWith('--'));
  const count = Number(countArgument);
  const seed = seedArgument ? Number(seedArgument.slice('--seed='.length)) : DEFAULT_SEED;
  if (!outDir || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error('Usage: tsx scripts/bench/make-content.ts <out-dir> [count=1000] [--seed=1]');
    process.exit(2);
  }
  const site = await makeSyntheticSite(resolve(outDir), count, { seed });
  console.log(`Wrote ${site.publicDir} with ${site.newsCount} news items (${count} synthetic)`);
}
