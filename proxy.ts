/**
 * Sets the Content-Security-Policy of the pages: the hashes of the inline scripts of the
 * prerendered page being served, so static pages stay static, and a fresh nonce for pages
 * rendered on demand. It also hands a few requests to other pages (lib/site/routing.ts): a
 * shared view of the matrix, an unknown issue, and a malformed address.
 *
 * Files with fixed headers never reach it (see `config.matcher`): they get a fixed policy from
 * next.config.ts, as does anything else this proxy leaves alone.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { VIEW_PARAMS } from "./lib/matrix/view";
import { contentSecurityPolicy, mayBeFramed } from "./lib/site/csp";
import { prerenderedRoutes } from "./lib/site/prerendered-routes";
import { scriptHashLookup } from "./lib/site/prerendered-scripts";
import { answersNotFound, documentPath, rewriteFor } from "./lib/site/routing";

const dev = process.env.NODE_ENV === "development";
const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
const scriptHashes = scriptHashLookup(path.join(/*turbopackIgnore: true*/ distDir, "server", "app"));
const routing = { viewParams: VIEW_PARAMS, prerendered: dev ? null : prerenderedRoutes(distDir) };

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const framed = mayBeFramed(pathname);
  const target = rewriteFor({ pathname, searchParams, method: request.method }, routing);
  // A prerendered page is served as it was built: nothing renders, so no nonce is made or passed on.
  if (!target && routing.prerendered?.has(pathname)) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", contentSecurityPolicy({ scriptHashes: scriptHashes(pathname), framed }));
    return response;
  }
  const nonce = randomBytes(16).toString("base64");
  const csp = contentSecurityPolicy({ nonce, scriptHashes: dev ? [] : scriptHashes(documentPath(pathname)), dev, framed });
  // Next.js reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy({ nonce, dev }));
  // Next runs this again for a rewrite's target: both passes say 404 for an unknown issue.
  const status = answersNotFound(target ?? pathname) ? 404 : undefined;
  const response = target
    ? NextResponse.rewrite(new URL(target, request.url), { status, request: { headers: requestHeaders } })
    : NextResponse.next({ status, request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Not the build's chunks, the exports, the images (favicon.ico is icon.svg), the feed, the sitemap, robots.txt, the
  // embeddable cards or oEmbed: their headers are fixed (next.config.ts). Only well-formed names
  // are left out, so that a malformed address still reaches the proxy and gets the 404 page.
  matcher: [
    "/((?!_next/static/|export/[\\w.-]+\\.(?:csv|json|zip)$|issues/index\\.json$|changes\\.atom$|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|favicon\\.ico$|(?:issues/[\\w-]+/)?opengraph-image$|embed/(?:issues/[\\w-]+|card\\.js|host\\.js)$|oembed$).*)",
  ],
};
