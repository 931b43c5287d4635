/**
 * `npm run release`, minus the command line: under the release lock, reads the data and the log
 * afresh (so a release that ran meanwhile is seen), plans the release, and writes it so that a
 * stop at any point leaves the previous release standing. Server-only.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildDataset } from "../load/build";
import { readDataFiles } from "../load/load";
import { DataError } from "../load/problems";
import { buildReleases, versionParts } from "./build";
import { ReleaseLocked, removeLeftoverTemps, takeReleaseLock, writeRelease, type ReleaseWrite, type StepHook } from "./commit";
import { diffLines } from "./describe";
import { readReleaseFiles, RELEASE_LOG, SNAPSHOT_DIR } from "./load";
import { planRelease } from "./record";

export type ReleaseOptions = { dataDir: string; citationPath: string; note: string; date: string; today: string; hook?: StepHook };
export type ReleaseOutcome = { ok: true; lines: string[] } | { ok: false; reason: string };

export function runRelease(options: ReleaseOptions): ReleaseOutcome {
  let unlock: () => void;
  try {
    unlock = takeReleaseLock(options.dataDir);
  } catch (e) {
    if (e instanceof ReleaseLocked) return { ok: false, reason: e.message };
    throw e;
  }
  try {
    return locked(options);
  } finally {
    unlock();
  }
}

function locked({ dataDir, citationPath, note, date, today, hook }: ReleaseOptions): ReleaseOutcome {
  const logPath = path.join(dataDir, RELEASE_LOG);
  const snapshotDir = path.join(dataDir, SNAPSHOT_DIR);
  let data, releases, leftovers: string[];
  try {
    // Read afresh, not from the per-process cache: what another release just wrote must be seen.
    data = buildDataset(readDataFiles(dataDir));
    const files = readReleaseFiles(dataDir);
    // Snapshots newer than the log's latest release were left by a release stopped before its log was written: this one replaces them.
    const latest = latestVersion(files.log?.text ?? "");
    leftovers = Object.keys(files.snapshots).filter((name) => newer(name.replace(/\.json$/, ""), latest) && !files.snapshots[name]!.unreadable);
    for (const name of leftovers) delete files.snapshots[name];
    releases = buildReleases(files);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { ok: false, reason: `the data does not check. Fix it, then release.\n${e.message}` };
  }

  const read = (full: string) => (existsSync(full) ? readFileSync(full, "utf8") : null);
  const plan = planRelease({ data, releases, note, date, today, logText: read(logPath), citationText: read(citationPath) });
  if (!plan.ok) return { ok: false, reason: plan.reason };

  mkdirSync(snapshotDir, { recursive: true });
  const snapshotPath = path.join(snapshotDir, plan.files.snapshot.name);
  const writes: ReleaseWrite[] = [
    { step: "snapshot", path: snapshotPath, text: plan.files.snapshot.text },
    ...(plan.files.citation === null ? [] : [{ step: "citation" as const, path: citationPath, text: plan.files.citation }]),
    { step: "log", path: logPath, text: plan.files.log },
  ];
  removeLeftoverTemps(writes.map((w) => w.path));
  for (const name of leftovers) if (name !== plan.files.snapshot.name) rmSync(path.join(snapshotDir, name), { force: true });
  writeRelease(writes, hook);

  const shown = (full: string) => path.relative(process.cwd(), full) || full;
  const lines = plan.changes ? diffLines(plan.changes) : [];
  return {
    ok: true,
    lines: [
      `Released ${plan.release.version} (${plan.release.date}): ${plan.release.note}`,
      plan.changes ? `${lines.length} change${lines.length === 1 ? "" : "s"}:\n${lines.map((l) => `  ${l}`).join("\n")}` : "The first release: nothing to compare with.",
      `Wrote ${writes.map((w) => shown(w.path)).join(", ")}. Commit them together.`,
    ],
  };
}

/** The last version the log text names, without validating it (buildReleases does that). */
function latestVersion(logText: string): string | null {
  const versions = [...logText.matchAll(/^\s*-?\s*version:\s*"?([\d.]+)"?\s*$/gm)].map((m) => m[1]!);
  return versions.at(-1) ?? null;
}

function newer(version: string, than: string | null): boolean {
  const [y, m, n] = versionParts(version);
  const [ty, tm, tn] = than === null ? [0, 0, 0] : versionParts(than);
  return y > 0 && (y - ty || m - tm || n - tn) > 0;
}
