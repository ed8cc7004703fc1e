import { I18nProvider, useLingui } from '@lingui/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localeOfPath } from '../src/config/locales.ts';
import { loadI18n } from '../src/lib/i18n.ts';
import { testI18n } from './support/test-i18n.ts';

describe('the catalogs', () => {
  it('loads each language compiled from its PO file', async () => {
    expect((await loadI18n('en'))._('nav.home')).toBe('Home');
    expect((await loadI18n('es'))._('nav.home')).toBe('Inicio');
  });

  it('gives each render its own instance, so two languages render side by side', () => {
    function Home() {
      const { _ } = useLingui();
      return <p>{_('nav.home')}</p>;
    }
    render(
      <>
        <I18nProvider i18n={testI18n('en')}>
          <Home />
        </I18nProvider>
        <I18nProvider i18n={testI18n('es')}>
          <Home />
        </I18nProvider>
      </>,
    );
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['Home', 'Inicio']);
  });
});

describe('localeOfPath', () => {
  it.each([
    ['/', 'en'],
    ['/news/opposition-to-tpp', 'en'],
    ['/es', 'es'],
    ['/es/', 'es'],
    ['/es/news/opposition-to-tpp', 'es'],
    ['/es?q=x', 'es'],
    ['/espana', 'en'],
    ['/en/news', 'en'],
    ['/news/es', 'en'],
  ])('%s is %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });
});
