import type { I18n } from '@lingui/core';
import { DEFAULT_LOCALE, HTML_LANG, type Locale } from '../config/locales.ts';
import { paths } from '../config/paths.ts';
import { HANDOFF_ID, serialiseHandoff } from './handoff.ts';
import type { RenderedPage } from './render-page.tsx';

/** The mark in the built index.html where a rendered page goes. */
export const ROOT_ELEMENT = '<div id="root"></div>';

/** The template with `<html lang>` saying `lang`. */
export function withHtmlLang(template: string, lang: string): string {
  return template.replace(/<html lang="[^"]*"/, () => `<html lang="${lang}"`);
}

/**
 * The built app template (dist/app.html) filled with one rendered page: its language, its head
 * tags, its HTML, its data for hydration, then `scripts` (the prerenderer's boot script). The
 * prerenderer and the server both use this.
 */
export function fillTemplate(template: string, page: RenderedPage, scripts = ''): string {
  // Replacer functions, not strings: content may hold "$&" or "$'", which replace() would expand.
  return withHtmlLang(template, HTML_LANG[page.locale])
    .replace('</head>', () => `${page.head}</head>`)
    .replace(
      ROOT_ELEMENT,
      () =>
        `<div id="root">${page.body}</div><script type="application/json" id="${HANDOFF_ID}">${serialiseHandoff(page.handoff)}</script>${scripts}`,
    );
}

/** Where the build writes each language's bare app shell (the form steps that show a draft). */
export function appShellFile(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? 'app.html' : `${locale}/app.html`;
}

/** Where the build writes each language's "Page not found". */
export function notFoundFile(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '404.html' : `${locale}/404.html`;
}

const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The bare app shell in a language: its `<html lang>` and what it says without JavaScript. The
 * server sends it only for the form steps that show what the visitor typed in this tab
 * (APP_ONLY_PAGES in src/config/paths.ts): those need JavaScript, but the forms themselves work
 * without it from their first page, so the note says so and links there (a prerendered page
 * reads without JavaScript and has no such note).
 */
export function appShell(template: string, i18n: I18n): string {
  const locale = i18n.locale as Locale;
  const links = [paths.join({ locale }), paths.events({ locale })];
  const body = escapeHtml(i18n._('meta.appShell.body')).replace(
    /&#60;(\d)&#62;([\s\S]*?)&#60;\/\1&#62;/g,
    (_, index: string, text: string) => `<a href="${links[Number(index)] ?? '/'}">${text}</a>`,
  );
  const note = `<noscript><main class="container site-main"><h1>${escapeHtml(i18n._('meta.appShell.title'))}</h1><p>${body}</p></main></noscript>`;
  return withHtmlLang(template, HTML_LANG[locale]).replace(
    /<noscript>[\s\S]*?<\/noscript>/,
    () => note,
  );
}

/** The template without its note, for a page rendered in full (prerendered or by the server). */
/**
 * The template without its web app manifest link: a prerendered page's boot script adds it after
 * the first paint (src/app/boot-script.ts).
 */
export function withoutManifestLink(template: string): string {
  return template.replace(/\s*<link rel="manifest"[^>]*>/, '');
}

export function withoutNoscript(template: string): string {
  return template.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
}
