import { Trans, useLingui } from '@lingui/react';
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
  const { _ } = useLingui();
  // `path` is a page's (paths.x()); the router adds the language's prefix (/es on Spanish pages).
  const url = absoluteUrl(useHref(path));
  const [message, setMessage] = useState('');
  const canShare = useBrowserCan(() => typeof navigator.share === 'function');
  const canCopy = useBrowserCan(() => typeof navigator.clipboard?.writeText === 'function');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(_('share.copied'));
    } catch {
      setMessage(_('share.copyFailed', { url }));
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
          <Trans id="share.copy" components={{ 0: <span className="visually-hidden" /> }} />
        </button>
      )}
      {canShare && (
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          <Trans id="share.share" components={{ 0: <span className="visually-hidden" /> }} />
        </button>
      )}
      <p role="status" className="share__status">
        {message}
      </p>
    </div>
  );
}
