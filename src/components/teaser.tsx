import type { ReactNode } from 'react';
import { EnglishOnlyNote, ShownText, useContentLanguage } from './content-language.tsx';
import { DateText } from './date-text.tsx';

/** What a dated teaser shows of an item (a news article, a notice): its own words, verbatim. */
export type TeaserItem = {
  title: string;
  summary: string;
  date: string;
  es?: { title?: string; summary?: string };
};

/**
 * One item of a `teaser-list`: its title as a link (`link` wraps the title's text in the item's
 * own link), its date and summary, in Spanish where an editor wrote it, else marked English.
 */
export function Teaser({
  item,
  link,
  Heading = 'h2',
}: {
  item: TeaserItem;
  link: (title: ReactNode) => ReactNode;
  Heading?: 'h2' | 'h3';
}) {
  const shown = useContentLanguage();
  const title = shown(item.title, item.es?.title);
  const summary = shown(item.summary, item.es?.summary);
  return (
    <li className="teaser">
      <article>
        <Heading className="teaser__title">{link(<ShownText shown={title} />)}</Heading>
        <DateText date={item.date} className="teaser__date" />
        <p className="teaser__summary" lang={summary.lang}>
          {summary.value}
        </p>
        <EnglishOnlyNote shown={[title, summary]} />
      </article>
    </li>
  );
}
