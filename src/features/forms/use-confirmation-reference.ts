import { useLocation } from 'react-router';
import { z } from 'zod';
import { useFormPost } from './form-post.ts';

/** Set by "Check your answers" when the server has stored the answers. */
const confirmationStateSchema = z.object({ reference: z.string().min(1) });

/**
 * The reference of the answers just stored, or null (a bookmark, a new tab: nothing to confirm).
 * With JavaScript it travels in the history entry's state; without, the Node server read it
 * from a short-lived cookie after its 303 redirect. Never in the address: a reference is what a
 * supporter quotes to reach their record, so it should not sit in history, logs or Referer.
 */
export function useConfirmationReference(): string | null {
  const posted = useFormPost('confirmation');
  const state = confirmationStateSchema.safeParse(useLocation().state);
  return posted?.reference ?? (state.success ? state.data.reference : null);
}
