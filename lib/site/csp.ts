/**
 * The security headers every response carries, and the Content-Security-Policy the proxy
 * writes per request. Pure: no file system, no request objects.
 *
 * Scripts are allowed by origin ('self': the build's chunks), by the sha256 hash of each inline
 * script in a prerendered page (so static pages stay static), and by a per-request nonce (which
 * Next.js stamps on the scripts of pages it renders on demand). Never 'unsafe-eval' outside
 * `next dev`, and 'unsafe-inline' only for a page too big to list its inline scripts' hashes.
 */
import { createHash } from "node:crypto";

export type CspOptions = {
  /** A fresh random value per request; Next.js copies it onto the scripts it renders. */
  nonce?: string;
  /** 'sha256-…' sources of the inline scripts of the prerendered page being served. */
  scriptHashes?: readonly string[];
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. */
  dev?: boolean;
  /** Whether other sites may frame the response: only the embeddable cards (see `mayBeFramed`). */
  framed?: boolean;
};

/** Where the embeddable cards live: the only pages other sites may put in a frame. */
export const EMBED_PREFIX = "/embed/";

export function mayBeFramed(pathname: string): boolean {
  return pathname.startsWith(EMBED_PREFIX);
}

/**
 * Next.js inlines a page's data in as many scripts as React's stream flushed: a handful for every
 * page here (the 1,000-issue matrix too), but hundreds for some very large pages. Past this many
 * hashes (about 3.5 KB of header) the header would outgrow what reverse proxies and HTTP clients
 * accept (nginx's default buffer is 4–8 KB, Node's 16 KB), so such a page gets 'unsafe-inline'.
 */
export const MAX_SCRIPT_HASHES = 64;

export function contentSecurityPolicy({ nonce, scriptHashes = [], dev = false, framed = false }: CspOptions = {}): string {
  // A nonce or a hash in the list makes browsers ignore 'unsafe-inline', so it goes alone.
  const scripts =
    scriptHashes.length > MAX_SCRIPT_HASHES
      ? ["'self'", "'unsafe-inline'"]
      : ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes.map((h) => `'${h}'`)];
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Style attributes and <style> elements (e.g. Next's built-in error pages) carry no script;
    // allowing them inline is the usual trade-off and keeps components free to set widths.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    framed ? "frame-ancestors *" : "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join("; ");
}

/**
 * The headers besides the CSP, sent on every response (pages, route handlers, assets, 404s);
 * next.config.ts adds X-Frame-Options: DENY to all but the embeddable cards.
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Only features Chromium knows: an unknown one logs a console error on every page.
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Ignored over plain http; binding once the site is served over https.
  { key: "Strict-Transport-Security", value: "max-age=63072000" },
];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** 'sha256-…' of every inline script in an HTML document, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/**
 * Where `next build` writes the prerendered HTML of a path, relative to `<distDir>/server/app`,
 * or null when the path cannot name such a file (so a request can never read outside it).
 */
export function prerenderedHtmlFile(pathname: string): string | null {
  if (pathname === "/" || pathname === "") return "index.html";
  const segments = pathname.replace(/^\/+|\/+$/g, "").split("/");
  if (segments.some((s) => !/^[\w.-]+$/.test(s) || s === "." || s === "..")) return null;
  return `${segments.join("/")}.html`;
}
