// @vitest-environment node
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';

const run = promisify(execFile);
const contentDir = resolve(import.meta.dirname, '../../public/content');
const seedFile = resolve(import.meta.dirname, '../../../shared/seed/000_d6c858dcc3803495.txt');

describe('the real content', () => {
  it('passes the check and holds every seed item', async () => {
    const { content, problems } = await loadContent(contentDir);
    expect(problems).toEqual([]);
    expect(content?.news).toHaveLength(8);
    expect(content?.notices).toHaveLength(4);
    expect(content?.topics).toHaveLength(4);
    expect(content?.events).toHaveLength(1);
  });

  it('keeps the seed text verbatim: every title and paragraph is a line of the seed', async () => {
    const seed = await readFile(seedFile, 'utf8').catch(() => null);
    // The seed lives beside the project; CI lays it there too.
    expect(seed, `seed file at ${seedFile}`).not.toBeNull();
    const seedLines = new Set(seed!.split('\n').map((line) => line.trim().replace(/^• /, '')));
    const { content } = await loadContent(contentDir);
    const texts = [
      ...content!.news.flatMap((item) => [item.title, item.summary, ...(item.body ?? [])]),
      ...content!.notices.flatMap((notice) => [
        notice.title,
        notice.summary,
        ...(notice.body ?? []),
      ]),
      ...content!.topics.flatMap((topic) => [
        topic.title,
        ...(topic.summary ? [topic.summary] : []),
        ...(topic.points ?? []),
      ]),
    ];
    expect(texts.filter((text) => !seedLines.has(text))).toEqual([]);
  });
});

describe('content check on broken content', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'psg-content-'));
    await cp(contentDir, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function editJson(file: string, edit: (data: Record<string, unknown>) => void) {
    const path = join(dir, file);
    const data = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    edit(data);
    await writeFile(path, JSON.stringify(data));
  }

  async function problemsIn() {
    const { content, problems } = await loadContent(dir);
    expect(content).toBeNull();
    return problems.map((problem) => `${problem.file.replace(`${dir}/`, '')}: ${problem.message}`);
  }

  it('names the file and field of a missing date', async () => {
    await editJson('news/items/opposition-to-tpp.json', (item) => delete item.date);
    expect(await problemsIn()).toEqual([
      expect.stringMatching(/news\/items\/opposition-to-tpp\.json: date: /),
    ]);
  });

  it.each(['2016-02-30', '1969-12-31T00:00:00', '16 October 2016', ''])(
    'refuses the impossible date %j',
    async (date) => {
      await editJson('news/items/opposition-to-tpp.json', (item) => (item.date = date));
      expect(await problemsIn()).toEqual([
        expect.stringContaining(
          'opposition-to-tpp.json: date: Use a real date written as YYYY-MM-DD',
        ),
      ]);
    },
  );

  it('names the field of a bad privacy setting', async () => {
    await editJson('privacy.json', (file) => (file.registrationRetentionMonths = 0));
    expect(await problemsIn()).toEqual([
      expect.stringContaining('privacy.json: registrationRetentionMonths: '),
    ]);
  });

  it('refuses an empty title', async () => {
    await editJson('news/items/snipping-the-snip.json', (item) => (item.title = '  '));
    expect(await problemsIn()).toEqual([
      expect.stringContaining('snipping-the-snip.json: title: Must not be empty'),
    ]);
  });

  it('refuses duplicate slugs', async () => {
    await editJson('notices.json', (file) => {
      const notices = file.notices as { slug: string }[];
      notices[1]!.slug = notices[0]!.slug;
    });
    expect(await problemsIn()).toEqual([
      expect.stringContaining(
        'notices.json: notices.1.slug: Duplicate slug "peru-support-group-annual-conference"',
      ),
    ]);
  });

  it('refuses a news slug that differs from its file name', async () => {
    await editJson('news/items/snipping-the-snip.json', (item) => (item.slug = 'snip'));
    expect(await problemsIn()).toEqual([
      expect.stringContaining('snipping-the-snip.json: slug: "snip" does not match the file name'),
    ]);
  });

  it('refuses unknown fields, catching misspelt ones', async () => {
    await editJson('news/items/snipping-the-snip.json', (item) => (item.sumary = 'typo'));
    expect(await problemsIn()).toEqual([expect.stringContaining('snipping-the-snip.json: ')]);
  });

  it("accepts an editor's Spanish for an item, a field at a time", async () => {
    await editJson('news/items/snipping-the-snip.json', (item) => (item.es = { title: 'Título' }));
    await editJson('notices.json', (file) => {
      const notices = file.notices as Record<string, unknown>[];
      notices[0]!.es = { title: 'Título', summary: 'Resumen', body: ['Párrafo.'] };
    });
    await editJson('topics.json', (file) => {
      const topics = file.topics as Record<string, unknown>[];
      topics[0]!.es = { points: ['Un punto'] };
    });
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content?.notices[0]?.es?.body).toEqual(['Párrafo.']);
  });

  it.each([
    ['an empty Spanish title', { title: ' ' }, 'es.title: Must not be empty'],
    ['a misspelt Spanish field', { titulo: 'Título' }, 'es: '],
    ['a Spanish body that is no list', { body: 'Párrafo.' }, 'es.body: '],
  ])('refuses %s, naming the field', async (_label, es, message) => {
    await editJson('news/items/snipping-the-snip.json', (item) => (item.es = es));
    expect(await problemsIn()).toEqual([
      expect.stringContaining(`snipping-the-snip.json: ${message}`),
    ]);
  });

  it('refuses a link to a page that does not exist', async () => {
    await editJson('notices.json', (file) => {
      const notices = file.notices as { links?: { to: string; label: string }[] }[];
      notices[0]!.links = [{ to: '/events/no-such-event', label: 'Details' }];
    });
    expect(await problemsIn()).toEqual([
      expect.stringContaining(
        'notices.json: notices.0.links.0.to: no page at /events/no-such-event',
      ),
    ]);
  });

  it('refuses a file that is not JSON, and the command exits with status 1', async () => {
    await writeFile(join(dir, 'topics.json'), '{ "topics": [');
    expect(await problemsIn()).toEqual([expect.stringContaining('topics.json: not valid JSON')]);
    const result = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/content.ts',
      'check',
      dir,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('topics.json: not valid JSON'),
    });
  });
});
