import { useLingui } from '@lingui/react';
import { Link } from 'react-router';
import type { InternalLink } from '../lib/content-schemas.ts';

export function Paragraphs({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <div className="prose">
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
  if (!notes?.length) return null;
  return (
    <div className="callout callout--unavailable">
      <h2 className="callout__title">{_('content.unavailable.title')}</h2>
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

export function ContentLinks({ links }: { links: readonly InternalLink[] | undefined }) {
  if (!links?.length) return null;
  return (
    <ul className="action-links">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} className="action-link">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
