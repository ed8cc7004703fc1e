import type { z } from 'zod';
import type { eventsFileSchema } from '../../src/features/events/event-schema.ts';
import type { membershipConfigSchema } from '../../src/features/membership/membership-schema.ts';
import type { NewsItem, Tag } from '../../src/features/news/news-schema.ts';
import type { noticesFileSchema } from '../../src/features/notices/notice-schema.ts';
import type { topicsFileSchema } from '../../src/features/topics/topic-schema.ts';

/** Every editor-written content file, checked (scripts/content/load-content.ts reads it). */
export type SiteContent = {
  news: NewsItem[];
  notices: z.infer<typeof noticesFileSchema>['notices'];
  topics: z.infer<typeof topicsFileSchema>['topics'];
  events: z.infer<typeof eventsFileSchema>['events'];
  membership: z.infer<typeof membershipConfigSchema>;
  tags: Tag[];
};
