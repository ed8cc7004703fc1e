/** One schema.org node: an Organization, a NewsArticle, an Event… */
export type StructuredData = Record<string, unknown> & { '@type': string; inLanguage?: string };

/**
 * A page's JSON-LD: one node, or several as a `@graph`. Each node is in the page's language
 * (`pageLanguage`, a BCP 47 tag as in `<html lang>`) unless it names its own, the language of its
 * content (an English-only article on a Spanish page is `en-GB`), or is an Organization, which
 * schema.org gives no language (`inLanguage` is for creative works, events and actions).
 */
export function linkedData(
  data: StructuredData | readonly StructuredData[],
  pageLanguage: string,
): Record<string, unknown> {
  const withLanguage = (node: StructuredData): StructuredData =>
    node['@type'] === 'Organization'
      ? node
      : { ...node, inLanguage: node.inLanguage ?? pageLanguage };
  const context = 'https://schema.org';
  return Array.isArray(data)
    ? { '@context': context, '@graph': (data as readonly StructuredData[]).map(withLanguage) }
    : { '@context': context, ...withLanguage(data as StructuredData) };
}
