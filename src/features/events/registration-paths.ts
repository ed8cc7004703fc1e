/** A conference registration's steps: the form, check answers, done. */
export function registrationPaths(slug: string) {
  const form = `/events/${slug}/register`;
  return {
    event: `/events/${slug}`,
    form,
    checkAnswers: `${form}/check-answers`,
    confirmation: `${form}/confirmation`,
  } as const;
}
