import { describe, expect, it } from 'vitest';
import { renderPage } from '../src/app/render-page.tsx';

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

  it('describes the charity on the home page', async () => {
    const { body } = await renderPage('/', Date.now());
    expect(structuredData(body)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Peru Support Group',
      url: 'https://www.perusupportgroup.org.uk/',
    });
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
    });
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
