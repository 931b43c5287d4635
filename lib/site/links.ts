/**
 * The app's stable addresses, built in one place so that every link agrees with every anchor:
 * relative ones for pages, and absolute ones (under SITE_URL) for canonical links, previews,
 * the sitemap and exported files.
 */
import { passageId, type PassageRef } from "../data/passage";

export function passageHref(passage: PassageRef): string {
  return `/sources/${passage.source}#${passageId(passage)}`;
}

export function sourceHref(id: string): string {
  return `/sources/${id}`;
}

/** An issue page, or one position's cell on it when `position` is given. */
export function issueHref(slug: string, position?: string, query = ""): string {
  return `/issues/${slug}${queryString(query)}${position ? `#${position}` : ""}`;
}

export function eventHref(id: string): string {
  return `/timeline#${id}`;
}

/**
 * "?a=1&b=2" for a raw query string, "" for an empty one. A fragment or a second "?" in
 * the input is cut off, so a hostile query cannot turn the link into anything but a query.
 */
export function queryString(query: string): string {
  const q = query.replace(/^\?/, "").split("#")[0]!;
  if (!q) return "";
  const params = new URLSearchParams(q);
  const text = params.toString();
  return text ? `?${text}` : "";
}

// ---- Absolute addresses ---------------------------------------------------------------

/**
 * The site's public origin, from SITE_URL (as the root layout's metadataBase is), so that
 * canonical links, the sitemap and robots.txt name the address people actually share.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteUrl(env: string | undefined = process.env.SITE_URL): URL {
  try {
    return new URL(env || DEFAULT_SITE_URL);
  } catch {
    return new URL(DEFAULT_SITE_URL);
  }
}

/** An absolute URL for an app path such as "/issues/crimea", under any base path SITE_URL has. */
export function absoluteUrl(path: string, base: URL = siteUrl()): string {
  const root = base.href.endsWith("/") ? base.href : `${base.href}/`;
  return new URL(path.replace(/^\//, ""), root).href;
}

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
export function passageUrl(siteUrl: string, passage: PassageRef): string {
  return appUrl(siteUrl, passageHref(passage));
}
