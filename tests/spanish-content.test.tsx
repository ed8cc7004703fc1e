import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

const NOTE = 'Disponible solo en inglés.';
const contentDir = resolve(import.meta.dirname, '../public/content');

/** Serves the real notices.json with an editor's Spanish added to the first notice. */
async function withSpanishNotice(es: Record<string, unknown>) {
  const file = JSON.parse(await readFile(resolve(contentDir, 'notices.json'), 'utf8')) as {
    notices: { slug: string; es?: unknown }[];
  };
  file.notices[0]!.es = es;
  server.use(http.get('*/content/notices.json', () => HttpResponse.json(file)));
  return file.notices[0]!.slug;
}

describe('content on Spanish pages', () => {
  it('marks English-only text lang="en" and says it is in English only', async () => {
    renderRoute('/es/news/opposition-to-tpp');
    const heading = await findPageHeading('Opposition to TPP');
    expect(heading).toHaveAttribute('lang', 'en');
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(screen.getAllByText(/\w/, { selector: '.prose[lang="en"] > p' }).length).toBeGreaterThan(
      0,
    );
  });

  it('shows no note and no lang on English pages', async () => {
    renderRoute('/news/opposition-to-tpp');
    const heading = await findPageHeading('Opposition to TPP');
    expect(heading).not.toHaveAttribute('lang');
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
    expect(screen.queryByText('Available in English only.')).not.toBeInTheDocument();
  });

  it('shows an item an editor translated in Spanish, with no note', async () => {
    const slug = await withSpanishNotice({
      title: 'Conferencia anual',
      summary: 'Resumen en castellano.',
      body: ['Primer párrafo.', 'Segundo párrafo.'],
    });
    renderRoute(`/es/notices/${slug}`);
    const heading = await findPageHeading('Conferencia anual');
    expect(heading).not.toHaveAttribute('lang');
    expect(screen.getByText('Segundo párrafo.')).not.toHaveAttribute('lang');
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  });

  it('shows a partial translation in Spanish and the rest marked as English', async () => {
    const slug = await withSpanishNotice({ title: 'Conferencia anual' });
    renderRoute(`/es/notices/${slug}`);
    expect(await findPageHeading('Conferencia anual')).not.toHaveAttribute('lang');
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(screen.getAllByText(/\w/, { selector: '.prose[lang="en"] > p' }).length).toBeGreaterThan(
      0,
    );
  });

  it('leaves the English page English when a translation exists', async () => {
    const slug = await withSpanishNotice({ title: 'Conferencia anual' });
    renderRoute(`/notices/${slug}`);
    await findPageHeading();
    expect(screen.queryByText('Conferencia anual')).not.toBeInTheDocument();
  });
});
