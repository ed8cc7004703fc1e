export const SITE_NAME = 'Peru Support Group';
export const SITE_DESCRIPTION =
  'The Peru Support Group is a UK charity working on human rights, social inclusion and democracy in Peru.';

/**
 * Where the site is published: the one origin for canonical links, feeds, the sitemap and
 * structured data. Change it here when the site moves.
 */
export const SITE_ORIGIN = 'https://www.perusupportgroup.org.uk';

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}

/** schema.org's description of the charity, used as publisher and organiser. */
export const ORGANIZATION = {
  '@type': 'Organization',
  name: SITE_NAME,
  url: new URL(SITE_ORIGIN).href,
} as const;
