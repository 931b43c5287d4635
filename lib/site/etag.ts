/**
 * Strong entity tags and the If-None-Match check (RFC 9110 §8.8.3, §13.1.2), for what the app
 * sends itself: the pages and files the build made (tagged after the build, prerendered-scripts.ts;
 * next.config.ts turns Next.js's own per-request hash of each page off) and a shared view's document.
 * Pure.
 */
import { createHash } from "node:crypto";

/** How long a shared cache may keep what the build made: until the next deployment, as Next.js says of its prerendered pages. */
export const BUILT_CACHE_CONTROL = "s-maxage=31536000";

/** A strong tag of the bytes: the same bytes, the same tag, in every process and build. */
export function strongEtag(bytes: string | Uint8Array): string {
  return `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether a request's If-None-Match names `etag`, so a 304 may answer it: by weak comparison, as
 * the header asks (W/"x" matches "x"), and "*" matches anything.
 */
export function notModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === opaque;
  });
}
