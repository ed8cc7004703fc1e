/**
 * The one place the site reads the time, so that states such as "registration closed" follow the
 * real clock (tests move it with vi.setSystemTime rather than hard-coding a date in the UI).
 */
export function now(): Date {
  return new Date();
}
