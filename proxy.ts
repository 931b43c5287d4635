/**
 * Sets the Content-Security-Policy of the pages: the hashes of the inline scripts of the
 * prerendered page being served, looked up in the table written after the build
 * (lib/site/prerendered-scripts.ts), so static pages stay static; a fresh nonce only for what
 * Next.js renders on demand (the 404 page). It also answers 405 to methods a page does not take,
 * gives a malformed path the 404 page (lib/site/routing.ts), lets only the known embed cards
 * be framed, and gives each file a route handler wrote at build time its ETag (Next.js sends none
 * for those), answering 304 to a request that already has it. It redirects an address with a
 * trailing slash itself (next.config.ts turns Next.js's own redirect off), so that the 308 carries
 * the security headers; and it answers a Range on a build file that Next.js would answer with a 500
 * (only such requests reach it: see `config.matcher`).
 *
 * What never reaches it (see `config.matcher`: the build's chunks, oEmbed, the dev writer) gets a
 * fixed policy from next.config.ts, as does anything else this proxy leaves alone.
 */
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, mayBeFramed } from "./lib/site/csp";
import { BUILT_CACHE_CONTROL, notModified } from "./lib/site/etag";
import { readScriptHashes } from "./lib/site/prerendered-scripts";
import { rangeAnswer, rewriteFor, withoutTrailingSlash } from "./lib/site/routing";

const dev = process.env.NODE_ENV === "development";
const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
// Read once, when the server starts: no file is read per request.
const scripts = dev ? null : readScriptHashes(distDir);
/** A page answers these; anything else gets 405 before Next.js sees it. */
const PAGE_METHODS = ["GET", "HEAD"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith(STATIC)) return ranged(request, pathname);
  if (!PAGE_METHODS.includes(request.method))
    return new NextResponse(null, { status: 405, headers: { allow: PAGE_METHODS.join(", "), "content-security-policy": contentSecurityPolicy() } });
  const canonical = withoutTrailingSlash(pathname);
  if (canonical !== null) {
    // A plain URL: Next.js's own (request.nextUrl) puts back the trailing slash it was asked for.
    const url = new URL(request.url);
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  const target = rewriteFor(pathname);
  // A shared view of the matrix is rewritten after this (next.config.ts) to the matrix as built: its path is `/`.
  const prerendered = target ? null : (scripts?.lookup(pathname) ?? null);
  // Only a card the build made may be framed: a 404 under /embed/ is framed by no one.
  const framed = mayBeFramed(pathname) && prerendered !== null;
  // A prerendered page (or the matrix under a shared view's preview) is served as it was built:
  // nothing renders, so no nonce is made or passed on.
  if (prerendered) {
    const policy = contentSecurityPolicy({ scriptHashes: prerendered, framed });
    // The build's tag is the bare address's HTML: a query may make it a shared view (tagged by its route),
    // and the router's fetches (Sec-Fetch-Dest: empty; Next.js hides their RSC header and query from
    // this proxy) get the page's payload, not its HTML.
    const document = request.nextUrl.search === "" && request.headers.get("sec-fetch-dest") !== "empty";
    const etag = document ? scripts?.etag(pathname) : null;
    // The file the request already has: its tag (and what a cache needs to keep it) without its bytes.
    if (etag && notModified(request.headers.get("if-none-match"), etag))
      return denyFraming(new NextResponse(null, { status: 304, headers: { etag, "cache-control": BUILT_CACHE_CONTROL, "content-security-policy": policy } }), pathname, framed);
    const response = NextResponse.next();
    response.headers.set("content-security-policy", policy);
    if (etag) response.headers.set("etag", etag);
    return denyFraming(response, pathname, framed);
  }
  const nonce = randomBytes(16).toString("base64");
  const csp = contentSecurityPolicy({ nonce, scriptHashes: scripts?.notFound ?? [], dev });
  // Next.js reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy({ nonce, dev }));
  const response = target
    ? NextResponse.rewrite(new URL(target, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return denyFraming(response, pathname, framed);
}

const STATIC = "/_next/static/";
const staticDir = path.join(distDir, "static");

/** A build file asked for with a Range header: 416 for a range past its end, the whole file for a malformed one. */
function ranged(request: NextRequest, pathname: string): NextResponse {
  const range = request.headers.get("range");
  let size: number;
  try {
    const file = path.resolve(staticDir, decodeURIComponent(pathname.slice(STATIC.length)));
    if (!file.startsWith(staticDir + path.sep)) return NextResponse.next();
    size = statSync(file).size;
  } catch {
    return NextResponse.next(); // no such file (or a malformed name): Next.js's 404
  }
  const answer = range === null ? "pass" : rangeAnswer(range, size);
  if (answer === "unsatisfiable") return new NextResponse(null, { status: 416, headers: { "content-range": `bytes */${size}` } });
  if (answer === "pass") return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.delete("range");
  return NextResponse.next({ request: { headers } });
}

/** next.config.ts says DENY everywhere but under /embed/ (in any case): there, only a known card goes without. */
function denyFraming(response: NextResponse, pathname: string, framed: boolean): NextResponse {
  if (!framed && pathname.toLowerCase().startsWith("/embed/")) response.headers.set("x-frame-options", "DENY");
  return response;
}

export const config = {
  // Not the build's chunks (their names change with their bytes) but with a Range header, favicon.ico (a
  // rewrite to icon.svg, which comes here), oEmbed (answered on demand) or the dev writer: their headers are
  // fixed (next.config.ts). The files route handlers wrote come here for their ETag, the embed cards so that
  // only a known card may be framed. Only well-formed names are left out, so that a malformed address still
  // gets the 404 page.
  matcher: [
    // A build file comes here only with a Range header: the chunks a page loads do not.
    { source: "/_next/static/:path*", has: [{ type: "header", key: "range" }] },
    "/((?!_next/static/|favicon\\.ico$|dev/code-cell$|oembed$).*)",
  ],
};
