/**
 * Serves the build's static pages and files from memory, compressed once, in front of Next.js.
 *
 * A prerendered page never changes while the server runs (it is built with no revalidation), yet
 * Next.js runs the proxy, looks the page up and gzips it again on every request. The first request
 * for such an address goes to Next.js as usual; meanwhile the cache asks Next.js for the same
 * address itself, uncompressed, and keeps what it answered (status, every header, the body), with
 * gzip and Brotli copies made once. Later requests get those bytes, with the headers Next.js
 * gave: what a CDN in front would do, inside `npm start`.
 *
 * Only what cannot differ between requests is kept: a 200 with a shared cache policy and no
 * cookie, for a GET or HEAD without a query, from a client that is not the app's router and asks
 * for nothing Next.js answers its own way (a range, a condition other than If-None-Match).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const compressors = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};
// Made on a request's way, in the thread pool that also reads Next's files: Brotli's quality 6
// is a hundredth of quality 11's time on the matrix (3 ms against 320) for 14% more bytes.
const COMPRESSION = {
  br: { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } },
  gzip: { level: 9 },
};

/** Whose answer is not the page as built: the router's data requests, prefetches and actions. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
/**
 * What Next.js answers its own way: a range, conditions other than If-None-Match (a static
 * file's If-Match, If-Modified-Since), and a client that asks for no cached answer.
 */
const NEXT_ANSWERS = ["range", "if-match", "if-unmodified-since", "if-modified-since", "if-range"];
/** The fields a kept answer may vary on: the encoding, which the cache chooses, and the router's headers, which it steps aside for. */
const VARY_KNOWN = new Set(["accept-encoding", ...ROUTER_HEADERS]);
/** Headers of one response on one connection, not of the page: each hit writes its own. */
const OWN_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding"]);
/** Not worth compressing: smaller than the compression package's default threshold. */
const MIN_COMPRESSED = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|atom\+xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)/i;
/** A failed fill, or an answer that may change (an error), is tried again after this long. */
const RETRY_MS = 30_000;
/** Fills at once: each is a request to Next.js, so a crawl's first pass costs at most this many more. */
const MAX_FILLS = 2;

/** The header on the cache's own requests to Next.js, which pass it by. */
export const FILL_HEADER = "x-page-cache-fill";
/** A request with any of these headers goes to Next.js. */
const PASSED_ON = [FILL_HEADER, ...ROUTER_HEADERS, ...NEXT_ANSWERS];
/** On every response the cache serves, so that tests and operators can tell. */
export const SERVED_HEADER = "x-served-from";

/**
 * The addresses the build prerendered for good (no revalidation), each with the requests for
 * which Next.js would render it afresh instead (`experimentalBypassFor`), and the build's static
 * files (`/_next/static/…`). Next's own pages (`/_not-found`, `/_global-error`) are left to Next.
 * Listed from the build, not learnt from requests: hostile addresses cannot grow the cache.
 * @param {string} distDir
 * @returns {Map<string, { type: string, key: string, value?: string }[]>}
 */
export function staticRoutes(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  const routes = new Map();
  for (const [route, entry] of Object.entries(manifest.routes ?? {})) {
    if (entry.initialRevalidateSeconds !== false || route.startsWith("/_")) continue;
    routes.set(route, entry.experimentalBypassFor ?? []);
  }
  const files = path.join(distDir, "static");
  for (const entry of readdirSync(files, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    // parentPath from Node 20.12; path before it.
    const file = path.relative(files, path.join(entry.parentPath ?? entry.path, entry.name));
    routes.set(`/_next/static/${file.split(path.sep).join("/")}`, []);
  }
  return routes;
}

/**
 * The encoding to send of those kept, by the request's Accept-Encoding (q-values honoured;
 * Brotli, then gzip, on a tie), or null when none is acceptable.
 * @param {string | undefined} accept
 * @param {readonly string[]} available encodings kept besides "identity"
 * @returns {string | null}
 */
export function chooseEncoding(accept, available) {
  const q = new Map();
  for (const part of (accept ?? "").split(",")) {
    const [token = "", ...params] = part.toLowerCase().split(";");
    const name = token.trim();
    if (!name) continue;
    const given = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = given ? Number(given.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  // Unnamed, the body as it is ranks with the least wanted of those named (as `negotiator` has it).
  const least = q.size ? Math.min(...[...q.values()].filter((v) => v > 0), 1) : 1;
  const quality = (name) => q.get(name) ?? q.get("*") ?? (name === "identity" ? least : 0);
  // Most wanted first; among equals, the smallest first (Brotli, gzip, then identity).
  const candidates = [...available.filter((e) => e !== "identity"), "identity"].filter((e) => quality(e) > 0);
  return candidates.sort((a, b) => quality(b) - quality(a))[0] ?? null;
}

/**
 * Whether a request may be answered from the cache, by its method, address and headers.
 * @param {import("node:http").IncomingMessage} req
 * @param {Map<string, { type: string, key: string, value?: string }[]>} routes
 * @returns {string | null} the address to look up, or null for Next.js to answer
 */
export function cacheKey(req, routes) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  // A query may make another page (a shared view, the router's data): it goes to Next.js.
  if (url.includes("?")) return null;
  const bypass = routes.get(url);
  if (!bypass) return null;
  const headers = req.headers;
  if (PASSED_ON.some((h) => headers[h] !== undefined)) return null;
  if (/\bno-cache\b/i.test(`${headers["cache-control"] ?? ""} ${headers.pragma ?? ""}`)) return null;
  // Draft mode's cookie makes Next.js render the page afresh.
  if (/(?:^|;\s*)__prerender_bypass=/.test(headers.cookie ?? "")) return null;
  if (bypass.some((b) => bypasses(b, headers))) return null;
  return url;
}

function bypasses({ type, key, value }, headers) {
  const matches = (text) => text !== undefined && (value === undefined || new RegExp(`^${value}$`).test(text));
  if (type === "header") return matches(headers[key.toLowerCase()]);
  if (type === "cookie") return (headers.cookie ?? "").split(";").some((c) => {
    const [name, ...rest] = c.trim().split("=");
    return name === key && matches(rest.join("="));
  });
  return false;
}

/**
 * Whether Next's answer is the same for every request, so that it may be kept: "yes", "never"
 * (what it is made of does not change while the server runs), or "later" (an error may pass).
 * @param {{ status: number, headers: [string, string][] }} response
 * @returns {"yes" | "never" | "later"}
 */
export function keepable({ status, headers }) {
  if (status >= 500 || status === 400) return "later";
  const named = (n) => headers.filter(([k]) => k.toLowerCase() === n).map(([, v]) => v);
  const policy = named("cache-control").join(",");
  const varies = named("vary").flatMap((v) => v.split(",").map((f) => f.trim().toLowerCase()));
  const same =
    status === 200 &&
    named("set-cookie").length === 0 &&
    named("x-middleware-rewrite").length === 0 &&
    named("content-encoding").length === 0 &&
    policy !== "" &&
    !/\b(?:private|no-store|no-cache)\b/i.test(policy) &&
    varies.every((field) => VARY_KNOWN.has(field));
  return same ? "yes" : "never";
}

/**
 * What a hit sends: Next's headers but for those of its connection, with Vary naming
 * Accept-Encoding when there is more than one encoding; the body in each encoding worth keeping.
 * @param {{ status: number, headers: [string, string][], body: Buffer }} response
 */
export async function makeEntry({ headers, body }) {
  const type = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const bodies = { identity: body };
  if (body.length >= MIN_COMPRESSED && COMPRESSIBLE.test(type)) {
    for (const [name, compress] of Object.entries(compressors)) {
      const packed = await compress(body, COMPRESSION[name]);
      if (packed.length < body.length) bodies[name] = packed;
    }
  }
  const kept = headers.filter(([k]) => !OWN_HEADERS.has(k.toLowerCase()));
  const varies = kept.some(([k, v]) => k.toLowerCase() === "vary" && /accept-encoding/i.test(v));
  if (Object.keys(bodies).length > 1 && !varies) kept.push(["vary", "Accept-Encoding"]);
  const etag = kept.find(([k]) => k.toLowerCase() === "etag")?.[1] ?? null;
  const bytes = Object.values(bodies).reduce((sum, b) => sum + b.length, 0);
  return { headers: kept, bodies, etag, bytes };
}

/** Whether If-None-Match names this ETag (weak comparison, as for a GET). */
export function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * @param {{
 *   routes: Map<string, { type: string, key: string, value?: string }[]>,
 *   fill: (url: string) => Promise<{ status: number, headers: [string, string][], body: Buffer }>,
 *   maxBytes?: number,
 *   now?: () => number,
 *   onFillError?: (url: string, error: unknown) => void,
 * }} options
 */
export function createPageCache({ routes, fill, maxBytes = 256 * 1024 * 1024, now = Date.now, onFillError }) {
  const entries = new Map();
  const filling = new Set();
  /** Addresses not to fill: forever when Next's answer may not be kept, a while after a failure. */
  const refused = new Map();
  let bytes = 0;

  function startFill(url) {
    if (filling.has(url) || filling.size >= MAX_FILLS || (refused.get(url) ?? 0) > now() || bytes >= maxBytes) return;
    filling.add(url);
    fill(url)
      .then(async (response) => {
        const verdict = keepable(response);
        if (verdict !== "yes") return refused.set(url, verdict === "later" ? now() + RETRY_MS : Infinity);
        // The copies only ever add to the body: one that does not fit alone is never kept.
        if (bytes + response.body.length > maxBytes) return refused.set(url, Infinity);
        const entry = await makeEntry(response);
        if (bytes + entry.bytes > maxBytes) return refused.set(url, Infinity);
        entries.set(url, entry);
        bytes += entry.bytes;
      })
      .catch((error) => {
        if (!refused.has(url)) onFillError?.(url, error);
        refused.set(url, now() + RETRY_MS);
      })
      .finally(() => filling.delete(url));
  }

  /**
   * Answers the request from memory and returns true, or returns false for Next.js to answer it
   * (and, for an address the cache may keep, starts keeping it).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function serve(req, res) {
    const url = cacheKey(req, routes);
    if (url === null) return false;
    const entry = entries.get(url);
    if (!entry) {
      startFill(url);
      return false;
    }
    // As Next.js does, a HEAD is answered as the body as it is would be.
    const encoding = req.method === "HEAD" ? "identity" : chooseEncoding(req.headers["accept-encoding"], Object.keys(entry.bodies));
    // Nothing kept is acceptable (identity;q=0 and no other): Next.js says so its own way.
    if (encoding === null) return false;
    for (const [name, value] of entry.headers) res.appendHeader(name, value);
    res.setHeader(SERVED_HEADER, "memory");
    if (notModified(req.headers["if-none-match"], entry.etag)) {
      res.removeHeader("content-type");
      res.writeHead(304).end();
      return true;
    }
    const body = entry.bodies[encoding];
    if (encoding !== "identity") res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.writeHead(200);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  return { serve, size: () => ({ entries: entries.size, bytes }) };
}
