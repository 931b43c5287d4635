/**
 * The site's identity (lib/data/site.ts) as the build baked it in: next.config.ts reads the data
 * folder's site.yaml into POSITIONS_SITE, which Next writes into server and browser code alike.
 */
import type { Site } from "../data/site";

let cached: { json: string; site: Site } | null = null;

export function siteIdentity(json: string | undefined = process.env.POSITIONS_SITE): Site {
  if (!json) throw new Error("POSITIONS_SITE is not set: next.config.ts sets it from the data folder's site.yaml; a script sets it with scripts/site-env.ts");
  if (cached?.json !== json) cached = { json, site: JSON.parse(json) as Site };
  return cached.site;
}
