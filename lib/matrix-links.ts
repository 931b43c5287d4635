/**
 * The addresses the matrix links to. The same formats as lib/links.ts on the deep-links
 * branch; when both are merged, these can be replaced by those.
 */

/** The highlighted passage in the source reader: `/sources/<id>#q-<start>-<end>`. */
export function quoteHref(citation: { source: string; start: number; end: number }): string {
  return `/sources/${citation.source}#q-${citation.start}-${citation.end}`;
}

/** An issue's page, carrying the matrix view's query string, optionally at one position's cell. */
export function issueHref(slug: string, query = "", position?: string): string {
  return `/issues/${slug}${query ? `?${query}` : ""}${position ? `#${position}` : ""}`;
}
