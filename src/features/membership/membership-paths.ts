import { paths } from '../../config/paths.ts';

/** The membership application's steps: the form (on the join page), check answers, done. */
export const JOIN_PATHS = {
  form: paths.join(),
  checkAnswers: paths.joinCheckAnswers(),
  confirmation: paths.joinConfirmation(),
} as const;
