import { useLingui } from '@lingui/react';
import { useEffect, useRef } from 'react';
import { Form, useLocation } from 'react-router';
import { paths } from '../config/paths.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The header's search box; "/" anywhere outside a text field jumps to it. */
export function SiteSearch() {
  const input = useRef<HTMLInputElement>(null);
  const { pathname } = useLocation();
  const { _ } = useLingui();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // The search page has its own, larger box.
  if (pathname === paths.search()) return null;
  return (
    <Form method="get" action={paths.search()} role="search" className="site-search">
      <label htmlFor="site-search-query" className="visually-hidden">
        {_('search.header.label')}
      </label>
      <input
        ref={input}
        id="site-search-query"
        name="q"
        type="search"
        placeholder={_('search.header.placeholder')}
        aria-keyshortcuts="/"
        className="site-search__input"
        autoComplete="off"
      />
      <button type="submit" className="site-search__button">
        {_('search.button')}
      </button>
    </Form>
  );
}
