import { SITE_NAME } from '../lib/site.ts';

type PageMetaProps = { title: string; description: string };

/** React 19 hoists these into <head>, on the client and when a page is rendered in Node. */
export function PageMeta({ title, description }: PageMetaProps) {
  const fullTitle = title === SITE_NAME ? title : `${title} – ${SITE_NAME}`;
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
    </>
  );
}
