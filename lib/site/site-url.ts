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
