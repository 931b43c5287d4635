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

export const DEFAULT_SITE_URL = "http://localhost:3000";

/** SITE_URL's value is not a site address a link could use; the message says what would be right. */
export class SiteUrlError extends Error {
  override name = "SiteUrlError";
}

/**
 * The site's public address from SITE_URL's value, checked: an http(s) address with a host and
 * nothing after its path. Null when the value is unset or blank (the caller picks the default).
 * The one place SITE_URL is validated: next.config.ts calls it once per build, and fails the
 * build with its message, so a mistyped value never falls back to localhost in silence.
 */
export function parseSiteUrl(value: string | undefined): URL | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  const example = "e.g. SITE_URL=https://positions.example.org";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const guess = /^[\w.-]+\.[a-z]{2,}(:\d+)?(\/|$)/i.test(text) ? `: did you mean https://${text}?` : `: give the site's public address, ${example}`;
    throw new SiteUrlError(`SITE_URL "${text}" is not an address${guess}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SiteUrlError(`SITE_URL "${text}" must start with https:// or http:// (not ${url.protocol}), ${example}`);
  if (!url.hostname) throw new SiteUrlError(`SITE_URL "${text}" names no host, ${example}`);
  if (url.username || url.password) throw new SiteUrlError(`SITE_URL "${text}" must not carry a user name or password`);
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    throw new SiteUrlError(`SITE_URL "${text}" must end with the site's path: no "?" query and no "#" fragment`);
  return url;
}

/**
 * The site's public address, so that canonical links, previews, the sitemap and the exports name
 * the address people actually share. next.config.ts bakes the checked value into the build.
 */
export function siteUrl(env: string | undefined = process.env.SITE_URL): URL {
  return parseSiteUrl(env) ?? new URL(DEFAULT_SITE_URL);
}

/** An absolute URL for an app path such as "/issues/crimea", under any base path SITE_URL has. */
export function absoluteUrl(path: string, base: URL = siteUrl()): string {
  return appUrl(base, path);
}

/**
 * `path` under the site's address, keeping any base path the site has ("https://x.org/matrix/").
 * What the browser's code uses (with the address the page gives it): it never reads SITE_URL, so
 * SITE_URL's check stays out of the page's scripts.
 */
export function appUrl(site: string | URL, path: string): string {
  const href = typeof site === "string" ? new URL(site).href : site.href;
  const root = href.endsWith("/") ? href : `${href}/`;
  return new URL(path.replace(/^\//, ""), root).href;
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
