import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/** The id of the <script type="application/json"> that carries a prerendered page's data. */
export const HANDOFF_ID = 'psg-state';

/** What a prerendered page hands to the browser: data, never code. */
export type Handoff = {
  /** The URL the page was rendered for; the browser hydrates only when it is at that URL. */
  url: string;
  renderedAt: number;
  queries: DehydratedState;
  router: HydrationState;
};

/**
 * JSON that is safe inside <script type="application/json">: escaping every "<" means content
 * holding "</script>" or "<!--" cannot end or change the element.
 */
export function serialiseHandoff(handoff: Handoff): string {
  return JSON.stringify(handoff)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
