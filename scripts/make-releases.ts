/**
 * Writes a copy of the real data with synthetic releases added, up to `count` in all, for the
 * benchmark's build-time-per-release figure; never into data/.
 *   tsx scripts/make-releases.ts [out-dir] [--count 40]
 *
 * Each synthetic release turns one cell from "rejects" to "ambiguous" and the next turns it
 * back, so every release changes exactly one cell and the data ends as it began. Releases are
 * recorded by lib/release/record.ts, as `npm run release` records them, and read back through
 * lib/release's loader: the files are in the format the app reads, whatever that becomes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR, loadDataset } from "../lib/load/load";
import type { Dataset } from "../lib/data/schema";
import { buildReleases } from "../lib/release/build";
import { readReleaseFiles, RELEASE_LOG, SNAPSHOT_DIR } from "../lib/release/load";
import { planRelease } from "../lib/release/record";

/** The dataset with one cell's stance set. */
function withStance(data: Dataset, issue: string, position: string, stance: "rejects" | "ambiguous"): Dataset {
  return {
    ...data,
    issues: data.issues.map((i) => (i.slug !== issue ? i : { ...i, cells: { ...i.cells, [position]: { ...i.cells[position]!, stance } } })),
  };
}

export function writeReleases(outDir: string, count: number): number {
  const out = path.resolve(outDir);
  if (out === path.resolve(DATA_DIR) || out.startsWith(path.resolve(DATA_DIR) + path.sep)) throw new Error(`refusing to write into ${DATA_DIR}: choose a folder outside it`);
  // A fresh copy each time: the releases are appended, so an old copy would start from its own last one.
  if (existsSync(out)) rmSync(out, { recursive: true });
  mkdirSync(out, { recursive: true });
  cpSync(DATA_DIR, out, { recursive: true });
  const data = loadDataset(out);
  const cells = data.issues.flatMap((i) => Object.values(i.cells).filter((c) => c.explicit && c.stance === "rejects").map((c) => ({ issue: i.slug, position: c.position })));
  if (cells.length === 0) throw new Error("no cell with stance \"rejects\" to change");
  for (let n = buildReleases(readReleaseFiles(out)).length, k = 0; n < count; n++, k++) {
    const releases = buildReleases(readReleaseFiles(out));
    const cell = cells[Math.floor(k / 2) % cells.length]!;
    const logPath = path.join(out, RELEASE_LOG);
    const plan = planRelease({
      data: withStance(data, cell.issue, cell.position, k % 2 === 0 ? "ambiguous" : "rejects"),
      releases,
      note: `Synthetic release ${n + 1} for the benchmark: one cell changed.`,
      date: releases.at(-1)!.date,
      logText: readFileSync(logPath, "utf8"),
      citationText: null,
    });
    if (!plan.ok) throw new Error(`synthetic release ${n + 1}: ${plan.reason}`);
    writeFileSync(path.join(out, SNAPSHOT_DIR, plan.files.snapshot.name), plan.files.snapshot.text);
    writeFileSync(logPath, plan.files.log);
  }
  return buildReleases(readReleaseFiles(out)).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: "string", default: "40" } } });
  const out = positionals[0] ?? path.join(tmpdir(), "positions-matrix-releases");
  console.log(`${writeReleases(out, Number(values.count))} releases written to ${out}`);
}
