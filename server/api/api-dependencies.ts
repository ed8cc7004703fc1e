import type { ContentFiles } from '../content-files.ts';
import type { SubmissionStore } from '../submission-store.ts';

/**
 * What the form endpoints need from the app (server/app.ts passes them to apiRoutes). Its own
 * module so the route files and api-routes.ts, which registers them, do not import each other.
 */
export type ApiDependencies = {
  store: SubmissionStore;
  content: ContentFiles;
  /** The server's clock: when a submission is stamped and whether an event has started. */
  now: () => Date;
};
