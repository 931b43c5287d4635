/**
 * Which requests go to a page other than the one their address names. Pure: the proxy and
 * next.config.ts pass in what they know.
 */

/** No page answers here: a rewrite to it gets the 404 page. */
export const NO_PAGE = "/_no-page";
/** The prerendered matrix with a shared view's link preview in its head (app/%5Fshared-view). */
export const SHARED_VIEW = "/_shared-view";

type Condition = { type: "query" | "header"; key: string; value?: string };
export type Rewrite = { source: string; destination: string; has?: Condition[]; missing?: Condition[] };

/**
 * next.config.ts's rewrites for a shared view (`/` with any of `viewParams` in its query): a
 * document, or a link unfurler's request, gets the prerendered matrix with the view's link preview
 * in its head; the app router's own fetches (Sec-Fetch-Dest: empty) get the prerendered matrix's
 * data as it is, and the browser applies the view from the address. Next.js passes the query on.
 * Rewrites in the config, not the proxy: Next.js serves those within the process, whatever host
 * the server listens on.
 */
export function sharedViewRewrites(viewParams: readonly string[]): Rewrite[] {
  return viewParams.map((key) => ({
    source: "/",
    has: [{ type: "query", key }],
    missing: [{ type: "header", key: "sec-fetch-dest", value: "empty" }],
    destination: SHARED_VIEW,
  }));
}

/** The path to serve instead, or null to serve the address as it is. */
export function rewriteFor(pathname: string): string | null {
  // Next.js answers a dynamic segment it cannot percent-decode with a bare 500: make it a 404 page.
  return decodes(pathname) ? null : NO_PAGE;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The address without its trailing slashes ("/about/" to "/about"), or null when it has none.
 * Leading slashes are made one too: "//host/" must not become "//host", which a browser reads
 * as another site.
 */
export function withoutTrailingSlash(pathname: string): string | null {
  if (pathname === "/" || !pathname.endsWith("/")) return null;
  return `/${pathname.replace(/^\/+|\/+$/g, "")}`;
}

/**
 * What a build file's answer to a Range header must be, given the file's size. Next.js answers
 * a range it cannot satisfy, or a malformed one, with a 500; such a range is answered here with
 * 416, and a malformed one (or several ranges, which Next.js does not serve) is ignored, as
 * RFC 9110 allows: the whole file, 200.
 */
export function rangeAnswer(range: string, size: number): "pass" | "ignore" | "unsatisfiable" {
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!m || (m[1] === "" && m[2] === "")) return "ignore";
  const [first, last] = [m[1] === "" ? null : Number(m[1]), m[2] === "" ? null : Number(m[2])];
  if (first === null) return last! > 0 && size > 0 ? "pass" : "unsatisfiable";
  if (last !== null && last < first) return "ignore";
  return first < size ? "pass" : "unsatisfiable";
}
