import { useLingui } from '@lingui/react';
import { DateText } from '../../components/date-text.tsx';
import { NewsLink } from './news-link.tsx';
import type { NewsTeaser } from './news-schema.ts';

/** Dated teasers, each titled with a link to the article. */
export function NewsTeaserList({
  items,
  headingLevel = 2,
}: {
  items: readonly NewsTeaser[];
  headingLevel?: 2 | 3;
}) {
  const { _ } = useLingui();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (items.length === 0) return <p>{_('news.none')}</p>;
  return (
    <ol className="teaser-list">
      {items.map((item) => (
        <li key={item.slug} className="teaser">
          <article>
            <Heading className="teaser__title">
              <NewsLink slug={item.slug}>{item.title}</NewsLink>
            </Heading>
            <DateText date={item.date} className="teaser__date" />
            <p className="teaser__summary">{item.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
