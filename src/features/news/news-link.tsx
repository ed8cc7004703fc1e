import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { newsQueries, prefetchNewsArticleFiles } from './news-queries.ts';

/**
 * A link to an article that fetches the article's data when the link is hovered or focused, and
 * its files when it is scrolled into view, so that following it is instant.
 */
export function NewsLink({
  slug,
  children,
  className,
}: {
  slug: string;
  children: ReactNode;
  className?: string;
}) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const link = ref.current;
    if (!link || typeof IntersectionObserver === 'undefined') return;
    let idle: number | undefined;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      // Wait until the browser has nothing better to do, so the page itself comes first. Only
      // the files: their check (and its code) waits for a hover, a focus or the visit itself.
      const prefetch = () => {
        if (!queryClient.getQueryData(newsQueries.detail(slug).queryKey)) {
          prefetchNewsArticleFiles(slug);
        }
      };
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(prefetch, { timeout: 5000 })
          : window.setTimeout(prefetch, 1000);
    });
    observer.observe(link);
    return () => {
      observer.disconnect();
      if (idle === undefined) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [queryClient, slug]);

  const prefetch = () => void queryClient.prefetchQuery(newsQueries.detail(slug));
  return (
    <Link
      ref={ref}
      to={paths.newsArticle(slug)}
      className={className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {children}
    </Link>
  );
}
