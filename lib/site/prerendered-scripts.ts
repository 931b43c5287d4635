/**
 * Looks up the inline-script hashes of the prerendered page a request will be served, reading
 * the HTML `next build` wrote. Server-only (file system); the proxy calls it on every request.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, prerenderedHtmlFile } from "./csp";

type Entry = { mtimeMs: number; hashes: string[] };

/**
 * A function from a request path to the hashes of the inline scripts it will carry. A path
 * with no prerendered page gets the prerendered 404's hashes: Next.js serves that file for
 * unknown paths, and renders anything else on demand with the nonce instead.
 */
export function scriptHashLookup(appDir: string): (pathname: string) => string[] {
  // Keyed by file, not by path: only existing files are cached, so hostile paths cannot grow it.
  const cache = new Map<string, Entry>();

  const hashesOf = (file: string): string[] | null => {
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return null;
      mtimeMs = stat.mtimeMs;
    } catch {
      return null;
    }
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.hashes;
    // Pages generated on demand are written here after the build: a newer file is re-read.
    const hashes = inlineScriptHashes(readFileSync(file, "utf8"));
    cache.set(file, { mtimeMs, hashes });
    return hashes;
  };

  return (pathname) => {
    const name = prerenderedHtmlFile(pathname);
    const own = name ? hashesOf(path.join(appDir, name)) : null;
    return own ?? hashesOf(path.join(appDir, "_not-found.html")) ?? [];
  };
}
