import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../src/app/render-page.tsx';
import { pageOf } from '../src/config/paths.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

const ORIGIN = 'https://www.perusupportgroup.org.uk';

describe('Spanish pages', () => {
  it('keep every link of the page in Spanish, and offer the same page in English', async () => {
    renderRoute('/es/notices');
    await findPageHeading();
    const english = screen.getByRole('link', { name: 'English' });
    // Every page link but the switch; files (feeds, calendars) and in-page links are no pages.
    const pageLinks = screen
      .getAllByRole('link')
      .filter((link) => link !== english)
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => !href.startsWith('#') && pageOf(href) !== null);
    expect(pageLinks.length).toBeGreaterThan(8);
    for (const href of pageLinks) expect(href).toMatch(/^\/es(\/|\?|$)/);
    expect(english).toHaveAttribute('href', '/notices');
    expect(english).toHaveAttribute('lang', 'en-GB');
    expect(english).toHaveAttribute('hreflang', 'en-GB');
  });

  it('renderRoute takes the language as an option', async () => {
    renderRoute('/notices', { locale: 'es' });
    await findPageHeading();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/notices');
  });

  it('English pages offer the Spanish page, query and all', async () => {
    renderRoute('/search?q=mining');
    await findPageHeading();
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute(
      'href',
      '/es/search?q=mining',
    );
  });

  it('are prerendered in Spanish with a Spanish canonical link and hreflang alternates', async () => {
    const page = await renderPage('/es/news/opposition-to-tpp', Date.now());
    expect(page.status).toBe(200);
    expect(page.locale).toBe('es');
    expect(page.head).toContain(
      `<link rel="canonical" href="${ORIGIN}/es/news/opposition-to-tpp"/>`,
    );
    expect(page.head).toContain(
      `<link rel="alternate" hrefLang="en-GB" href="${ORIGIN}/news/opposition-to-tpp"/>`,
    );
    expect(page.head).toContain(
      `<link rel="alternate" hrefLang="es" href="${ORIGIN}/es/news/opposition-to-tpp"/>`,
    );
    expect(page.head).toContain(
      `<link rel="alternate" hrefLang="x-default" href="${ORIGIN}/news/opposition-to-tpp"/>`,
    );
    expect(page.body).toContain('href="/es/news"');
  });

  it('English pages carry the same alternates', async () => {
    const page = await renderPage('/', Date.now());
    expect(page.locale).toBe('en');
    expect(page.head).toContain(`<link rel="alternate" hrefLang="es" href="${ORIGIN}/es"/>`);
    expect(page.head).toContain(`<link rel="alternate" hrefLang="x-default" href="${ORIGIN}/"/>`);
  });

  it('answer an unknown Spanish address with "Page not found" in Spanish', async () => {
    const page = await renderPage('/es/no-such-page', Date.now());
    expect(page.locale).toBe('es');
    expect(page.body).toContain('href="/es"');
    // Every link but the language switch's (hreflang) and the English-only feeds.
    expect(page.body).not.toMatch(/href="\/(?!es|feed|atom)[^"]*"(?! hrefLang)/);
    expect(page.body).toContain('https://www.perusupportgroup.org.uk/es/no-such-page');
  });
});
