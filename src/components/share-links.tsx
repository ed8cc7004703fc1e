import { useState, useSyncExternalStore } from 'react';
import { useHref } from 'react-router';
import { absoluteUrl } from '../lib/site.ts';

const subscribeNever = () => () => {};

/** Whether the browser can do something; false while prerendering and during hydration. */
function useBrowserCan(check: () => boolean): boolean {
  return useSyncExternalStore(subscribeNever, check, () => false);
}

/** "Copy link" everywhere it can work, and the device's own share sheet where there is one. */
export function ShareLinks({ title, path }: { title: string; path: string }) {
  // `path` is a page's (paths.x()); the router adds the language's prefix (/es on Spanish pages).
  const url = absoluteUrl(useHref(path));
  const [message, setMessage] = useState('');
  const canShare = useBrowserCan(() => typeof navigator.share === 'function');
  const canCopy = useBrowserCan(() => typeof navigator.clipboard?.writeText === 'function');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage(`Could not copy the link. Its address is ${url}`);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The visitor closed the share sheet: nothing to say.
    }
  }

  // The box is drawn even before the browser says what it can do (and when it can do neither),
  // so the buttons appearing after hydration move nothing on the page.
  return (
    <div className="share">
      {canCopy && (
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy link <span className="visually-hidden">to this article</span>
        </button>
      )}
      {canShare && (
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          Share <span className="visually-hidden">this article</span>
        </button>
      )}
      <p role="status" className="share__status">
        {message}
      </p>
    </div>
  );
}
