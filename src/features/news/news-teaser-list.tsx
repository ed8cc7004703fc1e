import { useLingui } from '@lingui/react';
import { Teaser } from '../../components/teaser.tsx';
import { NewsLink } from './news-link.tsx';
import type { NewsTeaser } from './news-schema.ts';

/** Dated teasers, each titled with a link to the article (in Spanish where an editor wrote it). */
export function NewsTeaserList({
  items,
  headingLevel = 2,
}: {
  items: readonly NewsTeaser[];
  headingLevel?: 2 | 3;
}) {
  const { _ } = useLingui();
  if (items.length === 0) return <p>{_('news.none')}</p>;
  return (
    <ol className="teaser-list">
      {items.map((item) => (
        <Teaser
          key={item.slug}
          item={item}
          Heading={headingLevel === 2 ? 'h2' : 'h3'}
          link={(title) => <NewsLink slug={item.slug}>{title}</NewsLink>}
        />
      ))}
    </ol>
  );
}
