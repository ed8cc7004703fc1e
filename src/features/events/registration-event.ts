import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { NotFoundError } from '../../lib/fetch-content.ts';
import { requireSlug } from '../../lib/route-params.ts';
import { eventQueries } from './event-queries.ts';
import type { PsgEvent } from './event-schema.ts';

/** The event named in the URL; its route's loader has already fetched the list. */
export function useRegistrationEvent(): PsgEvent {
  const slug = requireSlug(useParams().slug);
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const event = events.find((candidate) => candidate.slug === slug);
  if (!event) throw new NotFoundError(`event ${slug}`);
  return event;
}
