import { I18nProvider, useLingui } from '@lingui/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localeOfPath } from '../src/config/locales.ts';
import { catalogPartsFor, loadI18n, loadMessagesFor, setBrowserI18n } from '../src/lib/i18n.ts';
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

describe('the catalog in parts', () => {
  it('gives the forms and the privacy notice their own part, loaded with those pages', async () => {
    expect(catalogPartsFor('home')).toEqual(['core']);
    expect(catalogPartsFor('join')).toEqual(['core', 'forms']);
    expect(catalogPartsFor('privacy')).toEqual(['core', 'forms']);
    const i18n = await loadI18n('es', ['core']);
    expect(i18n._('nav.home')).toBe('Inicio');
    expect(i18n._('form.continue')).toBe('form.continue');
    setBrowserI18n(i18n, ['core']);
    await loadMessagesFor('notices');
    expect(i18n._('form.continue')).toBe('form.continue');
    await loadMessagesFor('join');
    expect(i18n._('form.continue')).toBe('Continuar');
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
