import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  ContentText,
  EnglishOnlyNote,
  useContentLanguage,
} from '../components/content-language.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { DateText } from '../components/date-text.tsx';
import { paths } from '../config/paths.ts';
import { eventQueries } from '../features/events/event-queries.ts';
import { eventPhase } from '../features/events/event-status.ts';
import { EventCallout } from '../features/events/event-summary.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NewsTeaserList } from '../features/news/news-teaser-list.tsx';
import { noticeQueries } from '../features/notices/notice-queries.ts';
import type { Topic } from '../features/topics/topic-schema.ts';
import { topicQueries } from '../features/topics/topic-queries.ts';
import { useNow } from '../lib/use-now.ts';
import { useLocale } from '../lib/i18n.ts';
import { absoluteUrl, ORGANIZATION, SITE_NAME } from '../lib/site.ts';

export function loader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(newsQueries.list(1)),
      queryClient.ensureQueryData(noticeQueries.list()),
      queryClient.ensureQueryData(topicQueries.list()),
      queryClient.ensureQueryData(eventQueries.list()),
    ]);
    return null;
  };
}

/** The join panel's reasons, in Spanish where an editor wrote them. */
function JoinPoints({ topic }: { topic: Topic }) {
  const shown = useContentLanguage();
  const title = shown(topic.title, topic.es?.title);
  if (!topic.points) return <EnglishOnlyNote shown={[title]} />;
  const points = shown(topic.points, topic.es?.points);
  return (
    <>
      <ul lang={points.lang}>
        {points.value.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <EnglishOnlyNote shown={[title, points]} />
    </>
  );
}

/** / — the latest news, notices, background and the next event. */
export function Component() {
  const { data: news } = useSuspenseQuery(newsQueries.list(1));
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const upcoming = events.filter((event) => eventPhase(event, at) === 'upcoming');
  const joinTopic = topics.find((topic) => topic.slug === 'why-join-the-psg');
  const otherTopics = topics.filter((topic) => topic !== joinTopic);
  const shown = useContentLanguage();
  const { _ } = useLingui();
  const locale = useLocale();

  return (
    <div className="home">
      <PageMeta
        title={SITE_NAME}
        description={_('home.description')}
        // The charity, and the site in this page's language (an Organization has no language).
        structuredData={[
          { ...ORGANIZATION, description: _('home.description') },
          {
            '@type': 'WebSite',
            name: SITE_NAME,
            url: absoluteUrl(paths.home({ locale })),
            publisher: ORGANIZATION,
          },
        ]}
      />
      <div className="home__intro">
        <h1>{SITE_NAME}</h1>
        <p className="lead">{_('home.lead')}</p>
      </div>

      {upcoming.map((event) => (
        <EventCallout key={event.slug} event={event} />
      ))}

      <div className="home__grid">
        <section aria-labelledby="latest-news" className="home__news">
          <h2 id="latest-news">{_('home.latestNews')}</h2>
          <NewsTeaserList items={news.items} headingLevel={3} />
          {news.pageCount > 1 && (
            <p>
              <Link to={paths.newsPage(2)}>{_('news.olderNews')}</Link>
            </p>
          )}
          <p>
            <Link to={paths.newsPage()} className="action-link">
              {_('news.allNews')}
            </Link>
          </p>
        </section>

        <aside className="home__aside">
          <section aria-labelledby="featured-notices" className="panel">
            <h2 id="featured-notices">{_('notices.title')}</h2>
            <ul className="notice-list">
              {notices.map((notice) => (
                <li key={notice.slug}>
                  <Link to={paths.notice(notice.slug)}>
                    <ContentText english={notice.title} spanish={notice.es?.title} />
                  </Link>
                  <DateText date={notice.date} className="meta" />
                </li>
              ))}
            </ul>
            <EnglishOnlyNote
              shown={notices.map((notice) => shown(notice.title, notice.es?.title))}
            />
          </section>

          <section aria-labelledby="background" className="panel">
            <h2 id="background">{_('background.title')}</h2>
            <ul className="plain-list">
              {otherTopics.map((topic) => (
                <li key={topic.slug}>
                  <Link to={paths.topic(topic.slug)}>
                    <ContentText english={topic.title} spanish={topic.es?.title} />
                  </Link>
                </li>
              ))}
            </ul>
            <EnglishOnlyNote
              shown={otherTopics.map((topic) => shown(topic.title, topic.es?.title))}
            />
          </section>

          {joinTopic && (
            <section aria-labelledby="why-join" className="panel panel--join">
              <h2 id="why-join">
                <ContentText english={joinTopic.title} spanish={joinTopic.es?.title} />
              </h2>
              <JoinPoints topic={joinTopic} />
              <Link to={paths.join()} className="button">
                {_('home.becomeMember')}
              </Link>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
