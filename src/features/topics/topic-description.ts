import type { Topic } from './topic-schema.ts';

/** A topic's one-line description: its summary, else its points, else its title. */
export function describeTopic(topic: Topic): string {
  return topic.summary ?? topic.points?.join('; ') ?? topic.title;
}
