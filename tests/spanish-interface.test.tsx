import { screen, waitFor } from '@testing-library/react';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalog, SAME_IN_BOTH } from './support/catalog-check.ts';
import { created, mockPost, serverError, typeInto } from './forms/form-test-support.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

const root = resolve(import.meta.dirname, '..');
const en = readCatalog(resolve(root, 'src/locales/en/messages.po'));

/**
 * The words of a message with its placeholders, plurals and tags taken out: "Older news<0>, page
 * {page}</0>" gives "Older news" and ", page". What a page shows holds them whole.
 */
function literalParts(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const cut = () => {
    parts.push(current.trim());
    current = '';
  };
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === '{') {
      if (depth === 0) cut();
      depth++;
    } else if (char === '}') {
      depth--;
    } else if (depth === 0) {
      const tag = /^<\/?\d+\/?>/.exec(message.slice(i));
      if (tag) {
        cut();
        i += tag[0].length - 1;
      } else {
        current += char;
      }
    }
  }
  cut();
  return parts.filter(Boolean);
}

/** English messages that must not show on a Spanish page (those rightly alike in both left out). */
const english = Object.entries(en)
  .filter(([, text]) => !SAME_IN_BOTH.has(text))
  .map(([id, text]) => ({ id, text, parts: literalParts(text) }));
/**
 * Parts this long are looked for anywhere in the page's text; shorter ones ("News", "Back") only
 * as the whole text of an element, where they cannot be part of a Spanish sentence or a name.
 */
const LONG = 12;
/** Parts of messages that are names, the same in any language. */
const NAMES = new Set(['JSON Feed']);
/** Shorter parts ("for “") are punctuation and glue, spelt alike or too short to tell. */
const SHORT = 4;

/** Text outside content marked as English (`lang="en"`), and what assistive technology reads. */
function shownText(): { texts: string[]; body: string } {
  const texts: string[] = [document.title];
  // The page's description is in <head>, where no query by role reaches.
  // eslint-disable-next-line testing-library/no-node-access
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  if (description) texts.push(description);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode; node; node = walker.nextNode()!) {
    const element = node as Element;
    if (element.closest('[lang^="en"]')) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
    const own = [...element.childNodes]
      .filter((child) => child.nodeType === Node.TEXT_NODE)
      .map((child) => child.textContent ?? '')
      .join('')
      .trim();
    if (own) texts.push(own);
    // The whole text of a small element ("Copy link to this article" across a span).
    if (element.children.length > 0 && !element.querySelector('[lang^="en"]')) {
      texts.push(element.textContent?.trim() ?? '');
    }
  }
  return { texts, body: texts.join('\n') };
}

/** Each English message found on the page: whole (a short one), or a long part of it. */
function englishOnPage(): string[] {
  const { texts, body } = shownText();
  const exact = new Set(texts.map((text) => text.replace(/\s+/g, ' ')));
  const found = new Set<string>();
  for (const { id, text, parts } of english) {
    if (exact.has(text)) found.add(`${id}: "${text}"`);
    for (const part of parts) {
      const seen = part.length >= LONG ? body.includes(part) : exact.has(part);
      if (seen && part.length >= SHORT && !NAMES.has(part)) found.add(`${id}: "${part}"`);
    }
  }
  return [...found];
}

const PAGES = [
  '/es',
  '/es/news',
  '/es/news/opposition-to-tpp',
  '/es/news/archive',
  '/es/news/archive/2016/10',
  '/es/tags/corruption',
  '/es/notices',
  '/es/notices/membership-discount',
  '/es/background',
  '/es/background/climate-change',
  '/es/events',
  '/es/events/annual-conference-2016',
  '/es/events/annual-conference-2016/register',
  '/es/join',
  '/es/privacy',
  '/es/search',
  '/es/search?q=peru',
  '/es/search?q=zzzzqqq',
  '/es/offline',
  '/es/no-such-page',
];

describe('Spanish pages show no English interface text', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('finds the parts of a message that a page shows', () => {
    expect(literalParts('Older news<0>, page {page}</0>')).toEqual(['Older news', ', page']);
    expect(literalParts('{count, plural, one {# result} other {# results}} for “{query}”')).toEqual(
      ['for “', '”'],
    );
    expect(literalParts('Version of <0/>')).toEqual(['Version of']);
  });

  it('notices English interface text on a page (the check can fail)', async () => {
    renderRoute('/notices');
    await findPageHeading();
    expect(englishOnPage()).toEqual(
      expect.arrayContaining([
        'notices.title: "Featured notices"',
        'header.skipLink: "Skip to main content"',
      ]),
    );
  });

  it.each(PAGES)('%s', async (url) => {
    // Before the conference, so its page offers registration and the form shows.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-10-20T12:00:00Z'));
    renderRoute(url);
    await findPageHeading();
    expect(englishOnPage()).toEqual([]);
  });

  it('the forms’ error messages, summary and title', async () => {
    const { user } = renderRoute('/es/join');
    await findPageHeading();
    await user.click(await screen.findByRole('button', { name: 'Continuar' }));
    await screen.findByRole('heading', { name: 'Hay un problema' });
    expect(screen.getAllByText('Escriba su nombre completo')).toHaveLength(2);
    await waitFor(() => expect(document.title).toMatch(/^Error: Hágase socio/));
    expect(englishOnPage()).toEqual([]);
  });

  it('the membership journey: check your answers, a failed send and the confirmation', async () => {
    mockPost('/api/memberships', serverError(), created('PSG-M-7K3Q9XJ2'));
    const { user } = renderRoute('/es/join');
    await findPageHeading();
    await typeInto(user, {
      'Nombre completo': 'Rosa Quispe',
      'Correo electrónico': 'rosa@example.com',
      'Dirección, línea 1': 'Jr. Junín 123',
      'Ciudad o localidad': 'Lima',
      País: 'Perú',
    });
    await user.click(screen.getByRole('radio', { name: 'Individual' }));
    await user.click(screen.getByRole('radio', { name: /Por orden de pago periódica/ }));
    await user.click(screen.getByRole('checkbox', { name: /boletín del Peru Support Group/ }));
    await user.click(screen.getByRole('button', { name: 'Continuar' }));

    await findPageHeading('Revise sus respuestas antes de enviar su solicitud');
    expect(screen.getByText('Sí, envíenme el boletín')).toBeInTheDocument();
    expect(englishOnPage()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    await screen.findByRole('heading', { name: 'Sus respuestas no se han enviado' });
    expect(englishOnPage()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Volver a intentarlo' }));
    await findPageHeading('Solicitud enviada');
    expect(screen.getByText('PSG-M-7K3Q9XJ2')).toBeInTheDocument();
    expect(englishOnPage()).toEqual([]);
  });

  it('the registration journey to its confirmation, with the day in Spanish', async () => {
    // Before the conference (it starts 2016-11-05 11:00 London): registration is open.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-10-20T12:00:00Z'));
    mockPost('/api/events/annual-conference-2016/registrations', created('PSG-E-4H8N2WQC'));
    const { user } = renderRoute('/es/events/annual-conference-2016/register');
    await findPageHeading();
    await typeInto(user, {
      'Nombre completo': 'Rosa Quispe',
      'Correo electrónico': 'rosa@example.com',
    });
    await user.click(screen.getByRole('radio', { name: /Non-members/ }));
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    await user.click(await screen.findByRole('button', { name: 'Inscribirse' }));

    await findPageHeading('Inscripción completada');
    expect(screen.getByText(/Nos dará gusto contar con su presencia/)).toHaveTextContent(
      /el sábado, 5 de noviembre de 2016\.$/,
    );
    expect(englishOnPage()).toEqual([]);
  });
});
