import { createContext, useContext, useSyncExternalStore } from 'react';

const MINUTE = 60_000;

/** The time a prerendered page was made; hydration renders with it so the HTML matches. */
export const RenderTimeContext = createContext<number | null>(null);

/** Whole minutes, so that repeated reads within a minute give the same value. */
export function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE) * MINUTE;
}

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, MINUTE / 2);
  return () => clearInterval(timer);
}

/**
 * The current time, to the minute, for states such as "registration closed". During hydration
 * it returns the page's render time, then React re-renders with the visitor's clock, so a page
 * prerendered before an event started still shows "closed" once it has.
 */
export function useNow(): Date {
  const renderedAt = useContext(RenderTimeContext);
  const time = useSyncExternalStore(subscribe, currentMinute, () => renderedAt ?? currentMinute());
  return new Date(time);
}
