import { useLingui } from '@lingui/react';
import {
  EnglishOnlyNote,
  ShownText,
  useContentLanguage,
} from '../../components/content-language.tsx';
import { DateText } from '../../components/date-text.tsx';
import { NewsLink } from './news-link.tsx';
import type { NewsTeaser } from './news-schema.ts';

function Teaser({ item, Heading }: { item: NewsTeaser; Heading: 'h2' | 'h3' }) {
  const shown = useContentLanguage();
  const title = shown(item.title, item.es?.title);
  const summary = shown(item.summary, item.es?.summary);
  return (
    <li className="teaser">
      <article>
        <Heading className="teaser__title">
          <NewsLink slug={item.slug}>
            <ShownText shown={title} />
          </NewsLink>
        </Heading>
        <DateText date={item.date} className="teaser__date" />
        <p className="teaser__summary" lang={summary.lang}>
          {summary.value}
        </p>
        <EnglishOnlyNote shown={[title, summary]} />
      </article>
    </li>
  );
}

/** Dated teasers, each titled with a link to the article (in Spanish where an editor wrote it). */
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
        <Teaser key={item.slug} item={item} Heading={Heading} />
      ))}
    </ol>
  );
}
