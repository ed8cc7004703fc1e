import { paths } from '../../config/paths.ts';

/** A conference registration's steps: the form, check answers, done. */
export function registrationPaths(slug: string) {
  return {
    event: paths.event(slug),
    form: paths.eventRegister(slug),
    checkAnswers: paths.eventRegisterCheckAnswers(slug),
    confirmation: paths.eventRegisterConfirmation(slug),
  } as const;
}
