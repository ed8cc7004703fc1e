/** The membership application's steps: the form (on the join page), check answers, done. */
export const JOIN_PATHS = {
  form: '/join',
  checkAnswers: '/join/check-answers',
  confirmation: '/join/confirmation',
} as const;
