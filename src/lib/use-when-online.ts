import { useEffect, useRef, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has a network connection (true while prerendering). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Calls `onOnline` each time the connection comes back while `waiting` is true: for a form whose
 * send failed for want of a network. `waiting` must not follow the online state itself: that
 * would remove the listener in the very event that should call it. The latest callback is used.
 */
export function useWhenOnline(waiting: boolean, onOnline: () => void): void {
  const callback = useRef(onOnline);
  useEffect(() => {
    callback.current = onOnline;
  });
  useEffect(() => {
    if (!waiting) return;
    const handle = () => callback.current();
    window.addEventListener('online', handle);
    return () => window.removeEventListener('online', handle);
  }, [waiting]);
}
