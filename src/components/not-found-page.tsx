import { Trans, useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageMeta } from './page-meta.tsx';

export function NotFoundPage() {
  const { _ } = useLingui();
  return (
    <article className="page">
      <PageMeta
        title={_('notFound.title')}
        description={_('notFound.description')}
        canonical={false}
      />
      <h1>{_('notFound.title')}</h1>
      <p>{_('notFound.typed')}</p>
      <p>{_('notFound.pasted')}</p>
      <p>
        <Trans
          id="notFound.goElsewhere"
          components={{ 0: <Link to={paths.home()} />, 1: <Link to={paths.newsPage()} /> }}
        />
      </p>
    </article>
  );
}
