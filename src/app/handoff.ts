import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { jsonForScript } from '../lib/script-json.ts';
import type { Formatted } from '../lib/use-format.ts';

/** The id of the <script type="application/json"> that carries a prerendered page's data. */
export const HANDOFF_ID = 'psg-state';

/** What a prerendered page hands to the browser: data, never code. */
export type Handoff = {
  /** The URL the page was rendered for; the browser hydrates only when it is at that URL. */
  url: string;
  renderedAt: number;
  queries: DehydratedState;
  router: HydrationState;
  /** The dates, prices and counts the page shows, as formatted (src/lib/use-format.ts). */
  formatted: Formatted;
};

/** The handoff as JSON for its <script type="application/json"> element. */
export function serialiseHandoff(handoff: Handoff): string {
  return jsonForScript(handoff);
}
