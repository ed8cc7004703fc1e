import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageMeta } from './page-meta.tsx';

export function NotFoundPage() {
  return (
    <article className="page">
      <PageMeta
        title="Page not found"
        description="There is no page at this address."
        canonical={false}
      />
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to the <Link to={paths.home()}>home page</Link> or read{' '}
        <Link to={paths.newsPage()}>all news</Link>.
      </p>
    </article>
  );
}
