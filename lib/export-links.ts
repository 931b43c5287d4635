/** Absolute addresses of the app's pages, as written into exported files. */

/** `path` under the site's address, keeping any base path the site has ("https://x.org/matrix/"). */
export function appUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
}

/** `<site>/issues/<slug>`: the issue's own page. */
export function issueUrl(siteUrl: string, issueSlug: string): string {
  return appUrl(siteUrl, `issues/${encodeURIComponent(issueSlug)}`);
}

/** `<site>/sources/<id>`: the source in the app's reader. */
export function sourceUrl(siteUrl: string, sourceId: string): string {
  return appUrl(siteUrl, `sources/${encodeURIComponent(sourceId)}`);
}

/** `<site>/sources/<id>#q-<start>-<end>`: the quoted passage highlighted in the source reader. */
export function passageUrl(siteUrl: string, passage: { source: string; start: number; end: number }): string {
  return `${sourceUrl(siteUrl, passage.source)}#q-${passage.start}-${passage.end}`;
}
