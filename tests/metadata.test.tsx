import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../src/app/render-page.tsx';
import { linkedData } from '../src/lib/linked-data.ts';
import { server } from './support/msw-server.ts';

/** The structured data a prerendered page carries, parsed. */
function structuredData(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  expect(match, 'a JSON-LD script').not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

function metaContent(head: string, attribute: string, name: string): string | undefined {
  const tag = new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"/>`).exec(head);
  return tag?.[1];
}

describe('page metadata in the prerendered HTML', () => {
  it('gives every page a canonical URL and sharing cards from the one site origin', async () => {
    const { head } = await renderPage('/notices', Date.now());
    expect(head).toContain(
      '<link rel="canonical" href="https://www.perusupportgroup.org.uk/notices"/>',
    );
    expect(metaContent(head, 'property', 'og:url')).toBe(
      'https://www.perusupportgroup.org.uk/notices',
    );
    expect(metaContent(head, 'property', 'og:title')).toBe('Featured notices');
    expect(metaContent(head, 'name', 'twitter:card')).toBe('summary');
  });

  it('describes the charity on the home page, and the site in the language of the page', async () => {
    const { body } = await renderPage('/', Date.now());
    const data = structuredData(body);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          name: 'Peru Support Group',
          url: 'https://www.perusupportgroup.org.uk/',
        },
        {
          '@type': 'WebSite',
          url: 'https://www.perusupportgroup.org.uk/',
          inLanguage: 'en-GB',
        },
      ],
    });
    // schema.org gives an Organization no language.
    expect((data['@graph'] as Record<string, unknown>[])[0]).not.toHaveProperty('inLanguage');

    const spanish = structuredData((await renderPage('/es', Date.now())).body);
    expect(spanish['@graph']).toEqual([
      expect.not.objectContaining({ inLanguage: expect.anything() }),
      expect.objectContaining({
        '@type': 'WebSite',
        url: 'https://www.perusupportgroup.org.uk/es',
        inLanguage: 'es',
      }),
    ]);
  });

  it('marks an article as a NewsArticle with its date', async () => {
    const { head, body } = await renderPage('/news/opposition-to-tpp', Date.now());
    expect(metaContent(head, 'property', 'og:type')).toBe('article');
    expect(structuredData(body)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Opposition to TPP',
      datePublished: '2016-10-16',
      url: 'https://www.perusupportgroup.org.uk/news/opposition-to-tpp',
      publisher: { '@type': 'Organization', name: 'Peru Support Group' },
      inLanguage: 'en-GB',
    });
  });

  it('gives an article on a Spanish page the language of its text, not of the page', async () => {
    // The seed's articles are in English only: on the Spanish page too they are en-GB.
    const { body } = await renderPage('/es/news/opposition-to-tpp', Date.now());
    expect(structuredData(body)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Opposition to TPP',
      url: 'https://www.perusupportgroup.org.uk/es/news/opposition-to-tpp',
      inLanguage: 'en-GB',
    });

    // Once an editor has translated it, the Spanish page's article is in Spanish.
    const file = resolve(
      import.meta.dirname,
      '../public/content/news/items/opposition-to-tpp.json',
    );
    const item = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const es = { title: 'Oposición al TPP', summary: 'Resumen.', body: ['Primer párrafo.'] };
    server.use(
      http.get('*/content/news/items/opposition-to-tpp.json', () =>
        HttpResponse.json({ ...item, es }),
      ),
    );
    const translated = await renderPage('/es/news/opposition-to-tpp', Date.now());
    expect(structuredData(translated.body)).toMatchObject({
      headline: 'Oposición al TPP',
      description: 'Resumen.',
      inLanguage: 'es',
    });
    const english = await renderPage('/news/opposition-to-tpp', Date.now());
    expect(structuredData(english.body)).toMatchObject({
      headline: 'Opposition to TPP',
      inLanguage: 'en-GB',
    });
  });

  it('keeps content that looks like markup inside its JSON-LD block', async () => {
    const file = resolve(
      import.meta.dirname,
      '../public/content/news/items/opposition-to-tpp.json',
    );
    const item = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const title = 'TPP </script><script>alert(1)</script><!-- \u2028 end';
    server.use(
      http.get('*/content/news/items/opposition-to-tpp.json', () =>
        HttpResponse.json({ ...item, title }),
      ),
    );
    const { body } = await renderPage('/news/opposition-to-tpp', Date.now());
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)![1]!;
    // Nothing in the data block can end it or open a comment: every "<" is escaped.
    expect(block).not.toContain('<');
    expect(structuredData(body)).toMatchObject({ headline: title });
  });

  it('marks the conference as an Event with its place and prices', async () => {
    const { body } = await renderPage('/events/annual-conference-2016', Date.now());
    expect(structuredData(body)).toMatchObject({
      '@type': 'Event',
      name: 'Peru Support Group Annual Conference',
      startDate: '2016-11-05T11:00:00+00:00',
      endDate: '2016-11-05T17:00:00+00:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        address: { postalCode: 'WC1H 9QU', addressLocality: 'London' },
      },
      offers: [
        { name: 'Members', price: '8.00', priceCurrency: 'GBP' },
        { name: 'Concessions', price: '8.00', priceCurrency: 'GBP' },
        { name: 'Non-members', price: '13.00', priceCurrency: 'GBP' },
      ],
      inLanguage: 'en-GB',
    });
  });

  it('keeps an event in English on its Spanish page, where its name is shown in English', async () => {
    const { body } = await renderPage('/es/events/annual-conference-2016', Date.now());
    expect(structuredData(body)).toMatchObject({
      '@type': 'Event',
      name: 'Peru Support Group Annual Conference',
      url: 'https://www.perusupportgroup.org.uk/es/events/annual-conference-2016',
      inLanguage: 'en-GB',
    });
  });

  it('gives the 404 page no canonical URL', async () => {
    const { head } = await renderPage('/no-such-page', Date.now());
    expect(head).toContain('<title>Page not found – Peru Support Group</title>');
    expect(head).not.toContain('rel="canonical"');
  });

  it('gives every page a unique title', async () => {
    const urls = [
      '/',
      '/news',
      '/news/snipping-the-snip',
      '/notices',
      '/background',
      '/join',
      '/search',
    ];
    const titles = await Promise.all(
      urls.map(async (url) => /<title>([^<]*)<\/title>/.exec((await renderPage(url, 0)).head)?.[1]),
    );
    expect(new Set(titles).size).toBe(urls.length);
  });
});

describe('linkedData', () => {
  const article = { '@type': 'NewsArticle', headline: 'A' };

  it("puts each node in the page's language unless it names the language of its content", () => {
    expect(linkedData(article, 'es')).toEqual({
      '@context': 'https://schema.org',
      ...article,
      inLanguage: 'es',
    });
    expect(linkedData({ ...article, inLanguage: 'en-GB' }, 'es')).toMatchObject({
      inLanguage: 'en-GB',
    });
  });

  it('writes several nodes as a graph, and gives an Organization no language', () => {
    const organization = { '@type': 'Organization', name: 'PSG' };
    expect(linkedData([organization, article], 'en-GB')).toEqual({
      '@context': 'https://schema.org',
      '@graph': [organization, { ...article, inLanguage: 'en-GB' }],
    });
  });
});
