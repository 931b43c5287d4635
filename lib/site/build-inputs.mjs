// What a production build is made from, and when it last changed: `npm start` (start.mjs) and the
// tests' and the bench's variant builds (variant/build.ts) rebuild when any of it is newer.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The code and configuration of a build; the data folder is added by each caller. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package.json",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** The newest modification time under any of `paths` (0 when none exists). */
function newestChange(paths) {
  return Math.max(0, ...paths.map(newest));
}

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

/** Whether the build whose BUILD_ID is `buildId` is missing or older than its inputs. */
export function isBuildStale(buildId, inputs) {
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestChange(inputs);
}

/**
 * Absolute links are baked into the prerendered pages, so each build records the site address
 * it was made for (next.config.ts writes it), and `npm start` rebuilds when it wants another.
 */
export const SITE_URL_RECORD = "site-url.txt";

/** The site address the build in `distDir` was made for, or null when it recorded none. */
export const recordedSiteUrl = (distDir) => record(distDir, SITE_URL_RECORD);

/** The data folder the build in `distDir` was made from (an absolute path), as next.config.ts records it. */
export const DATA_DIR_RECORD = "data-dir.txt";

export const recordedDataDir = (distDir) => record(distDir, DATA_DIR_RECORD);

function record(distDir, name) {
  try {
    return readFileSync(path.join(distDir, name), "utf8").trim() || null;
  } catch {
    return null;
  }
}
