/**
 * Sets the Content-Security-Policy of every response except the build's static chunks (those
 * get theirs from next.config.ts): a fresh nonce for pages rendered on demand, and the hashes
 * of the inline scripts of the prerendered page being served, so static pages stay static.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/site/csp";
import { scriptHashLookup } from "./lib/site/prerendered-scripts";

const dev = process.env.NODE_ENV === "development";
const appDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server", "app");
const scriptHashes = scriptHashLookup(appDir);

export function proxy(request: NextRequest) {
  // Next.js answers a dynamic segment it cannot percent-decode with a bare 500: make it a 404 page.
  const malformed = !decodes(request.nextUrl.pathname);
  const nonce = randomBytes(16).toString("base64");
  const csp = contentSecurityPolicy({ nonce, scriptHashes: dev ? [] : scriptHashes(request.nextUrl.pathname), dev });
  // Next.js reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy({ nonce, dev }));
  const response = malformed
    ? NextResponse.rewrite(new URL("/_malformed-url", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static/).*)"],
};

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
