/**
 * Sets the Content-Security-Policy of every response except the build's static chunks (those
 * get theirs from next.config.ts): a fresh nonce for pages rendered on demand, and the hashes
 * of the inline scripts of the prerendered page being served, so static pages stay static.
 * It also hands a few requests to other pages (lib/site/routing.ts): a shared view of the
 * matrix, an unknown issue, and a malformed address.
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
const scriptHashes = scriptHashLookup(path.join(distDir, "server", "app"));
const routing = { viewParams: VIEW_PARAMS, prerendered: dev ? null : prerenderedRoutes(distDir) };

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const nonce = randomBytes(16).toString("base64");
  const csp = contentSecurityPolicy({ nonce, scriptHashes: dev ? [] : scriptHashes(documentPath(pathname)), dev, framed: mayBeFramed(pathname) });
  // Next.js reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy({ nonce, dev }));
  const target = rewriteFor({ pathname, searchParams, method: request.method, rsc: request.headers.has("rsc") }, routing);
  // Next runs this again for a rewrite's target: both passes say 404 for an unknown issue.
  const status = answersNotFound(target ?? pathname) ? 404 : undefined;
  const response = target
    ? NextResponse.rewrite(new URL(target, request.url), { status, request: { headers: requestHeaders } })
    : NextResponse.next({ status, request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static/).*)"],
};
