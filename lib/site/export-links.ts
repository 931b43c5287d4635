/** Absolute addresses of the app's pages, as written into exported files: lib/links.ts under the site's address. */
import { issueHref, passageHref, sourceHref } from "./links";
import { absoluteUrl } from "./site-url";

/** `path` under the site's address, keeping any base path the site has ("https://x.org/matrix/"). */
export function appUrl(siteUrl: string, path: string): string {
  return absoluteUrl(path, new URL(siteUrl));
}

/** `<site>/issues/<slug>`: the issue's own page. */
export function issueUrl(siteUrl: string, issueSlug: string): string {
  return appUrl(siteUrl, issueHref(issueSlug));
}

/** `<site>/sources/<id>`: the source in the app's reader. */
export function sourceUrl(siteUrl: string, sourceId: string): string {
  return appUrl(siteUrl, sourceHref(sourceId));
}

/** `<site>/sources/<id>#q-<start>-<end>`: the quoted passage highlighted in the source reader. */
export function passageUrl(siteUrl: string, passage: { source: string; start: number; end: number }): string {
  return appUrl(siteUrl, passageHref(passage));
}
