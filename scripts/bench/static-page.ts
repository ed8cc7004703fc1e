import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sortNews, toTeaser } from '../../src/features/news/news-order.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/lib/site.ts';
import type { SiteContent } from '../content/site-content.ts';

/** Where the baseline page goes inside a (temporary) build, so the same server sends it. */
export const STATIC_HOME_DIR = 'bench-static';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLES = `body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1b1b1b}
a{color:#8c0b19}
header,main,footer{max-width:70rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0}
.grid{display:grid;gap:2rem}
@media (min-width:48rem){.grid{grid-template-columns:2fr 1fr}}
ol{list-style:none;padding:0}
time{color:#555;font-size:.9rem}
`;

/**
 * The home page's text as plain HTML with one small stylesheet and no JavaScript: the baseline
 * the real home page is compared with. Same content as the site's home: intro, the ten newest
 * teasers, featured notices, background topics and "Why join the PSG?".
 */
export function staticHomeHtml(content: SiteContent): string {
  const news = sortNews(content.news).slice(0, 10).map(toTeaser);
  const joinTopic = content.topics.find((topic) => topic.slug === 'why-join-the-psg');
  const otherTopics = content.topics.filter((topic) => topic !== joinTopic);
  const nav = [
    ['/', 'Home'],
    ['/news', 'News'],
    ['/notices', 'Notices'],
    ['/background', 'Background'],
    ['/join', 'Join'],
  ]
    .map(([to, label]) => `<li><a href="${to}">${label}</a></li>`)
    .join('');
  const teasers = news
    .map(
      (item) =>
        `<li><article><h3><a href="/news/${item.slug}">${escape(item.title)}</a></h3><time datetime="${item.date}">${formatDate(item.date)}</time><p>${escape(item.summary)}</p></article></li>`,
    )
    .join('');
  const notices = content.notices
    .map(
      (notice) =>
        `<li><a href="/notices/${notice.slug}">${escape(notice.title)}</a> <time datetime="${notice.date}">${formatDate(notice.date)}</time></li>`,
    )
    .join('');
  const topics = otherTopics
    .map((topic) => `<li><a href="/background/${topic.slug}">${escape(topic.title)}</a></li>`)
    .join('');
  const join = joinTopic
    ? `<section><h2>${escape(joinTopic.title)}</h2><ul>${(joinTopic.points ?? []).map((point) => `<li>${escape(point)}</li>`).join('')}</ul><a href="/join">Become a member</a></section>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${SITE_NAME}</title>
<meta name="description" content="${escape(SITE_DESCRIPTION)}">
<link rel="stylesheet" href="/${STATIC_HOME_DIR}/static.css">
</head>
<body>
<header><a href="/">${SITE_NAME}</a><nav aria-label="Main"><ul>${nav}</ul></nav></header>
<main>
<h1>${SITE_NAME}</h1>
<p>Human rights, social inclusion and democracy in Peru.</p>
<div class="grid">
<section><h2>Latest news</h2><ol>${teasers}</ol><p><a href="/news">All news</a></p></section>
<aside><section><h2>Featured notices</h2><ul>${notices}</ul></section><section><h2>Background</h2><ul>${topics}</ul></section>${join}</aside>
</div>
</main>
<footer><p>${SITE_NAME}</p><p>News, notices and background as published by the Peru Support Group in October 2016.</p></footer>
</body>
</html>
`;
}

/** Writes the baseline into `<distDir>/bench-static/`; served at /bench-static/. */
export async function writeStaticHome(distDir: string, content: SiteContent): Promise<string> {
  const dir = join(distDir, STATIC_HOME_DIR);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), staticHomeHtml(content));
  await writeFile(join(dir, 'static.css'), STYLES);
  return `/${STATIC_HOME_DIR}/`;
}
