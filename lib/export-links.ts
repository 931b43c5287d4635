/** Absolute addresses of the app's pages, as written into exported files. */

/** `<site>/issues/<slug>`: the issue's own page. */
export function issueUrl(siteUrl: string, issueSlug: string): string {
  return new URL(`/issues/${encodeURIComponent(issueSlug)}`, siteUrl).href;
}

/** `<site>/sources/<id>`: the source in the app's reader. */
export function sourceUrl(siteUrl: string, sourceId: string): string {
  return new URL(`/sources/${encodeURIComponent(sourceId)}`, siteUrl).href;
}

/** `<site>/sources/<id>#q-<start>-<end>`: the quoted passage highlighted in the source reader. */
export function passageUrl(siteUrl: string, passage: { source: string; start: number; end: number }): string {
  return `${sourceUrl(siteUrl, passage.source)}#q-${passage.start}-${passage.end}`;
}
