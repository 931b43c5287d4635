/**
 * The inline-script hashes of every prerendered page, and the ETag of every file a route handler
 * wrote at build time, computed once after `next build` (scripts/finish-build.ts) into one file
 * of the build, which the proxy reads once at start: no file is read per request. Server-only
 * (file system).
 *
 * Next.js tags the pages it prerendered itself, but replays a static route handler's file (CSV,
 * feeds, JSON, the zip…) with the headers it was built with and no ETag: the proxy adds it, and
 * answers a request that already has the file with 304.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, prerenderedHtmlFile } from "./csp";
import { strongEtag } from "./etag";

/** Written beside the build's own manifests, so that each build (variants too) carries its own. */
export const SCRIPT_HASHES_FILE = "script-hashes.json";

/**
 * Every prerendered path (pages, files and route handlers alike) with its inline scripts' hashes,
 * and each route handler's file with its strong ETag.
 */
export type ScriptHashes = { pages: Record<string, string[]>; notFound: string[]; etags: Record<string, string> };

/** The one reader of the build's prerender manifest: every path the build prerendered. */
export function prerenderedRoutes(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes?: Record<string, unknown> };
  return Object.keys(manifest.routes ?? {});
}

/** Each prerendered route's hashes, from its HTML where it has some. */
export function computeScriptHashes(distDir: string): ScriptHashes {
  const appDir = path.join(distDir, "server", "app");
  const hashesOf = (name: string | null) => {
    // Never run by the proxy (its bundle would otherwise trace the whole project): only after the build.
    const file = name && path.join(/*turbopackIgnore: true*/ appDir, name);
    return file && existsSync(/*turbopackIgnore: true*/ file) ? inlineScriptHashes(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) : [];
  };
  // A route handler's output is `<path>.body` beside its `.meta` (the headers Next.js replays); a
  // page's is its `.html`. Tagged here, once: Next.js would hash a page's whole HTML on each request.
  const etagOf = (name: string | null) => {
    const file = name && [name.replace(/\.html$/, ".body"), name].map((n) => path.join(/*turbopackIgnore: true*/ appDir, n)).find((f) => existsSync(/*turbopackIgnore: true*/ f));
    return file ? [strongEtag(readFileSync(/*turbopackIgnore: true*/ file))] : [];
  };
  const routes = prerenderedRoutes(distDir);
  const pages = Object.fromEntries(routes.map((route) => [route, hashesOf(prerenderedHtmlFile(route))]));
  const etags = Object.fromEntries(routes.flatMap((route) => etagOf(prerenderedHtmlFile(route)).map((tag) => [route, tag])));
  return { pages, notFound: hashesOf("_not-found.html"), etags };
}

export function writeScriptHashes(distDir: string): ScriptHashes {
  const hashes = computeScriptHashes(distDir);
  writeFileSync(path.join(distDir, SCRIPT_HASHES_FILE), JSON.stringify(hashes));
  return hashes;
}

/** A prerendered path's hashes, or null for a path the build did not prerender. */
export type ScriptHashLookup = (pathname: string) => string[] | null;

/**
 * The lookup the proxy keeps for the life of the server, or null with no build (`next dev`).
 * A map, not the parsed object: a path such as `/__proto__` must find nothing.
 */
export function readScriptHashes(distDir: string): { lookup: ScriptHashLookup; etag: (pathname: string) => string | null; notFound: string[] } | null {
  const file = path.join(distDir, SCRIPT_HASHES_FILE);
  if (!existsSync(file)) return null;
  const { pages, notFound, etags = {} } = JSON.parse(readFileSync(file, "utf8")) as Partial<ScriptHashes> & Pick<ScriptHashes, "pages" | "notFound">;
  const table = new Map(Object.entries(pages));
  const tags = new Map(Object.entries(etags));
  return { lookup: (pathname) => table.get(pathname) ?? null, etag: (pathname) => tags.get(pathname) ?? null, notFound };
}
