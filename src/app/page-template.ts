import { paths } from '../config/paths.ts';
import { HANDOFF_ID, serialiseHandoff } from './handoff.ts';
import type { RenderedPage } from './render-page.tsx';

/** The mark in the built index.html where a rendered page goes. */
export const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * The built app template (dist/app.html) filled with one rendered page: its head tags, its
 * HTML, its data for hydration, then `scripts` (the prerenderer's boot script). The prerenderer
 * and the server both use this.
 */
export function fillTemplate(template: string, page: RenderedPage, scripts = ''): string {
  // Replacer functions, not strings: content may hold "$&" or "$'", which replace() would expand.
  return template
    .replace('</head>', () => `${page.head}</head>`)
    .replace(
      ROOT_ELEMENT,
      () =>
        `<div id="root">${page.body}</div><script type="application/json" id="${HANDOFF_ID}">${serialiseHandoff(page.handoff)}</script>${scripts}`,
    );
}

/**
 * What app.html says without JavaScript. The server sends app.html only for the form steps that
 * show what the visitor typed in this tab (APP_ONLY_PAGES in src/config/paths.ts): those need
 * JavaScript, but the forms themselves work without it from their first page, so the note says
 * so and links there (a prerendered page reads without JavaScript and has no such note).
 */
export const APP_SHELL_NOSCRIPT = `<noscript><main class="container site-main"><h1>This step needs JavaScript</h1><p>It shows the answers you typed, which your browser keeps for this tab only. Without JavaScript the forms work all the same from their first page: <a href="${paths.join()}">join the Peru Support Group</a>, or register for a conference from <a href="${paths.events()}">its event page</a>.</p></main></noscript>`;

/** The built template as the form steps' shell: its "needs JavaScript" note made true there. */
export function appShell(template: string): string {
  return template.replace(/<noscript>[\s\S]*?<\/noscript>/, () => APP_SHELL_NOSCRIPT);
}

/** The template without its note, for a page rendered in full (prerendered or by the server). */
export function withoutNoscript(template: string): string {
  return template.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
}
