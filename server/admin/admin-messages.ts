/**
 * What the admin API says. The same words for an unknown email and a wrong password, so the
 * answer does not tell anyone which emails have accounts.
 */
export const ADMIN_MESSAGES = {
  wrongCredentials: 'The email address or password is not right. Check them and try again.',
  lockedOut: 'Too many attempts to sign in. Wait 15 minutes and try again.',
  signInAgain: 'Sign in to continue.',
  forbidden: 'This request was refused. Reload the page and try again.',
  badRequest: 'The request is not valid.',
  noSuchSubmission: 'There is no submission with that reference.',
} as const;
