/**
 * The paths `next build` prerendered, from its prerender manifest. Server-only (file system):
 * the proxy reads it once, to tell an unknown issue from a known one without loading the data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** Every prerendered path of the build in `distDir`, or null when there is no such build (`next dev`). */
export function prerenderedRoutes(distDir: string): Set<string> | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes?: Record<string, unknown> };
    return manifest.routes ? new Set(Object.keys(manifest.routes)) : null;
  } catch {
    return null;
  }
}
