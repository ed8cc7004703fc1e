import { useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { DEFAULT_LOCALE } from '../config/locales.ts';
import type { InternalLink } from '../lib/content-schemas.ts';
import { useLocale } from '../lib/i18n.ts';

/** `lang`: set when the text is not in the page's language (English on a Spanish page). */
export function Paragraphs({ paragraphs, lang }: { paragraphs: readonly string[]; lang?: string }) {
  return (
    <div className="prose" lang={lang}>
      {paragraphs.map((text, index) => (
        // Paragraphs are fixed text in a fixed order, and the same text may repeat.
        <p key={index}>{text}</p>
      ))}
    </div>
  );
}

/** Says plainly what the 2016 page linked to but this site cannot offer, instead of a dead link. */
export function UnavailableNote({ notes }: { notes: readonly string[] | undefined }) {
  const { _ } = useLingui();
  // The editors' notes are in English only; on a Spanish page they say so with lang.
  const lang = useLocale() === DEFAULT_LOCALE ? undefined : 'en';
  if (!notes?.length) return null;
  return (
    <div className="callout callout--unavailable">
      <h2 className="callout__title">{_('content.unavailable.title')}</h2>
      {notes.map((note) => (
        <p key={note} lang={lang}>
          {note}
        </p>
      ))}
    </div>
  );
}

export function ContentLinks({ links }: { links: readonly InternalLink[] | undefined }) {
  const lang = useLocale() === DEFAULT_LOCALE ? undefined : 'en';
  if (!links?.length) return null;
  return (
    <ul className="action-links">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} className="action-link" lang={lang}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
