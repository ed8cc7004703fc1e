import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while rendering in Node and while React hydrates that HTML; true in the browser after.
 * Components that read sessionStorage wait for it so the server and first client render agree.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
