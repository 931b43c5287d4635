/**
 * The inline-script hashes of every prerendered page, computed once after `next build`
 * (scripts/script-hashes.ts) into one file of the build, which the proxy reads once at start:
 * no file is read per request. Server-only (file system).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, prerenderedHtmlFile } from "./csp";

/** Written beside the build's own manifests, so that each build (variants too) carries its own. */
export const SCRIPT_HASHES_FILE = "script-hashes.json";

/** Every prerendered path (pages, files and route handlers alike) with its inline scripts' hashes. */
export type ScriptHashes = { pages: Record<string, string[]>; notFound: string[] };

/** The one reader of the build's prerender manifest: its routes, and each one's HTML where it has some. */
export function computeScriptHashes(distDir: string): ScriptHashes {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes?: Record<string, unknown> };
  const appDir = path.join(distDir, "server", "app");
  const hashesOf = (name: string | null) => {
    // Never run by the proxy (its bundle would otherwise trace the whole project): only after the build.
    const file = name && path.join(/*turbopackIgnore: true*/ appDir, name);
    return file && existsSync(/*turbopackIgnore: true*/ file) ? inlineScriptHashes(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) : [];
  };
  const pages = Object.fromEntries(Object.keys(manifest.routes ?? {}).map((route) => [route, hashesOf(prerenderedHtmlFile(route))]));
  return { pages, notFound: hashesOf("_not-found.html") };
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
export function readScriptHashes(distDir: string): { lookup: ScriptHashLookup; notFound: string[] } | null {
  const file = path.join(distDir, SCRIPT_HASHES_FILE);
  if (!existsSync(file)) return null;
  const { pages, notFound } = JSON.parse(readFileSync(file, "utf8")) as ScriptHashes;
  const table = new Map(Object.entries(pages));
  return { lookup: (pathname) => table.get(pathname) ?? null, notFound };
}
