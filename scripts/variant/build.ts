/**
 * Builds the app over another data folder (a synthetic, large or hostile data set) into its own
 * distDir, `.next-variants/<name>/`, leaving `.next`, tsconfig.json and next-env.d.ts as they
 * were. The browser tests and the benchmark both build their data sets this way.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BUILD_INPUTS, isBuildStale } from "../../lib/site/build-inputs.mjs";
import { finishBuild } from "../../lib/site/finish-build";
import { NEXT_BIN, preserving, ROOT, run } from "./processes";

/** Where variant builds go, each in a folder of its own name. */
export const VARIANTS_DIR = ".next-variants";
const VARIANTS = path.join(ROOT, VARIANTS_DIR);

export type Variant = { name: string; dataDir: string; distDir: string; env: Record<string, string> };

export function variant(name: string, dataDir: string): Variant {
  const distDir = path.join(VARIANTS_DIR, name);
  return { name, dataDir, distDir, env: { POSITIONS_DATA_DIR: dataDir, NEXT_DIST_DIR: distDir } };
}

/**
 * The variant without next build's type check, for the browser tests: its code is the main
 * build's, which `npm test` has type-checked already, and the check is a large part of a build.
 */
export function skippingTypeCheck(v: Variant): Variant {
  return { ...v, env: { ...v.env, NEXT_SKIP_TYPECHECK: "1" } };
}

/**
 * Next adds `<distDir>/types` (`<distDir>/dev/types` for `next dev`) to the tsconfig it runs with:
 * give each variant one of its own, so tsconfig.json stays as it is. Returns its path from the root.
 */
export function variantTsconfig(v: Variant): string {
  mkdirSync(VARIANTS, { recursive: true });
  const tsconfig = path.join(VARIANTS, `tsconfig.${v.name}.json`);
  const up = (p: string) => path.join("..", p);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: up("tsconfig.json"),
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx"].map(up).concat(`${v.name}/types/**/*.ts`, `${v.name}/dev/types/**/*.ts`),
      exclude: [up("node_modules"), up("bench"), up("e2e"), up("scripts")],
    }),
  );
  return path.relative(ROOT, tsconfig);
}

/** `env`: the settings the build was made with (a build bakes some in, e.g. SITE_URL). */
export type BuildRecord = { ms: number; at: string; prerendered: number; env?: Record<string, string> };

/** A cold `next build` of a variant; returns its duration, or throws with the build's output. */
export function buildVariant(v: Variant): Promise<BuildRecord> {
  return oneBuildAtATime(() => coldBuild(v));
}

/**
 * Builds the variant unless it is up to date. A fresh build is served at once, even while another
 * variant builds (a spec need not wait minutes for the lock); a stale one is looked at again once
 * its turn to build has come: another process (the tests' global setup, another worker) may have
 * built it while this one waited. A build in progress has no record yet, so it reads as stale.
 */
export function buildIfStale(v: Variant): Promise<BuildRecord | null> {
  if (!isStale(v)) return Promise.resolve(lastBuild(v));
  return oneBuildAtATime(() => (isStale(v) ? coldBuild(v) : Promise.resolve(lastBuild(v))));
}

async function coldBuild(v: Variant): Promise<BuildRecord> {
  mkdirSync(VARIANTS, { recursive: true });
  // No cache from an earlier build, so that builds of different data compare.
  rmSync(path.join(ROOT, v.distDir), { recursive: true, force: true });
  const result = await preserving(path.join(ROOT, "next-env.d.ts"), () =>
    run(NEXT_BIN, ["build"], { ...v.env, NEXT_TSCONFIG_PATH: variantTsconfig(v), NEXT_TELEMETRY_DISABLED: "1" }),
  );
  if (result.code !== 0) throw new Error(`next build of the ${v.name} variant failed:\n${result.output}`);
  // As npm run build does after next build: the compile hints and the proxy's script hashes.
  finishBuild(path.join(ROOT, v.distDir));
  const record: BuildRecord = { ms: result.ms, at: new Date().toISOString(), prerendered: prerenderedCount(v), env: v.env };
  writeFileSync(recordFile(v), JSON.stringify(record));
  return record;
}

const LOCK = path.join(VARIANTS, "build.lock");
const LOCK_STALE_MS = 15 * 60_000;

/**
 * Runs `build` while no other variant builds: two test workers may each need one, and every
 * build rewrites next-env.d.ts, which `preserving` can only restore when builds take turns.
 * The lock is a folder (made atomically); one left by a killed process expires.
 */
async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
  mkdirSync(VARIANTS, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const recordFile = (v: Variant) => path.join(ROOT, v.distDir, "build-record.json");

/** How long the variant's current build took, when it was made by buildVariant. */
export function lastBuild(v: Variant): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(recordFile(v), "utf8")) as BuildRecord;
  } catch {
    return null;
  }
}

/** Pages, images and files `next build` prerendered. */
function prerenderedCount(v: Variant): number {
  try {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, v.distDir, "prerender-manifest.json"), "utf8")) as { routes?: object };
    return Object.keys(manifest.routes ?? {}).length;
  } catch {
    return 0;
  }
}

/** Whether a variant's build is missing, older than the code or its data, or made with other settings. */
export function isStale(v: Variant): boolean {
  const settings = (env: Record<string, string> | undefined) => JSON.stringify(Object.entries(env ?? {}).sort());
  return (
    isBuildStale(path.join(ROOT, v.distDir, "BUILD_ID"), [...BUILD_INPUTS.map((s) => path.join(ROOT, s)), v.dataDir]) ||
    settings(lastBuild(v)?.env) !== settings(v.env)
  );
}

// As a command: `tsx scripts/variant/build.ts <name> <data-dir>` builds .next-variants/<name>
// (when stale) the way the tests and the bench do, leaving .next, tsconfig.json and next-env.d.ts alone.
if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const [name, dataDir] = process.argv.slice(2);
  if (!name || !dataDir || !/^[a-z0-9-]+$/.test(name)) {
    console.error("usage: tsx scripts/variant/build.ts <name: a-z, 0-9, -> <data-dir>");
    process.exit(2);
  }
  const v = variant(name, path.resolve(dataDir));
  if (!isStale(v)) console.log(`${v.distDir} is up to date`);
  else console.log(`built ${v.distDir} in ${Math.round((await buildVariant(v)).ms / 1000)} s`);
}
