/**
 * Builds the app over another data folder into its own distDir under bench/tmp/, leaving
 * `.next`, tsconfig.json and next-env.d.ts as they were.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, preserving, ROOT, run } from "./processes";

export const TMP = path.join(ROOT, "bench", "tmp");

export type Variant = { name: string; dataDir: string; distDir: string; env: Record<string, string> };

export function variant(name: string, dataDir: string): Variant {
  const distDir = path.join("bench", "tmp", `dist-${name}`);
  return { name, dataDir, distDir, env: { POSITIONS_DATA_DIR: dataDir, NEXT_DIST_DIR: distDir } };
}

export type BuildRecord = { ms: number; at: string; prerendered: number };

/** A cold `next build` of a variant; returns its duration, or throws with the build's output. */
export async function buildVariant(v: Variant): Promise<BuildRecord> {
  mkdirSync(TMP, { recursive: true });
  // No cache from an earlier build, so that builds of different data compare.
  rmSync(path.join(ROOT, v.distDir), { recursive: true, force: true });
  // Next adds `<distDir>/types` to the tsconfig it builds with: give it one of its own.
  const tsconfig = path.join(TMP, `tsconfig.${v.name}.json`);
  const up = (p: string) => path.join("..", "..", p);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: up("tsconfig.json"),
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx"].map(up).concat(`dist-${v.name}/types/**/*.ts`),
      exclude: [up("node_modules"), up("bench/tmp"), up("e2e"), up("scripts")],
    }),
  );
  const result = await preserving(path.join(ROOT, "next-env.d.ts"), () =>
    run(NEXT_BIN, ["build"], { ...v.env, NEXT_TSCONFIG_PATH: path.relative(ROOT, tsconfig), NEXT_TELEMETRY_DISABLED: "1" }),
  );
  if (result.code !== 0) throw new Error(`next build of the ${v.name} variant failed:\n${result.output}`);
  const record = { ms: result.ms, at: new Date().toISOString(), prerendered: prerenderedCount(v) };
  writeFileSync(recordFile(v), JSON.stringify(record));
  return record;
}

const recordFile = (v: Variant) => path.join(ROOT, v.distDir, "bench-build.json");

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

const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package.json", "tailwind.config.ts", "postcss.config.mjs"];

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

/** Whether a variant's build is missing or older than the code or its data. */
export function isStale(v: Variant): boolean {
  const built = path.join(ROOT, v.distDir, "BUILD_ID");
  if (!existsSync(built)) return true;
  const inputs = [...SOURCES.map((s) => path.join(ROOT, s)), v.dataDir];
  return statSync(built).mtimeMs < Math.max(...inputs.map(newest));
}
