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
