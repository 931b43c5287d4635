/** runRelease stopped at every write, and run beside another release: the log is never lost, and a rerun finishes the release. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DATA_DIR, loadDataset } from "../load/load";
import { DataError } from "../load/problems";
import { buildReleases } from "./build";
import { LOCK_FILE, type ReleaseWrite } from "./commit";
import { readReleaseFiles } from "./load";
import { runRelease, type ReleaseOptions } from "./run";
import { releaseStatus } from "./status";

const ROOT = path.join(DATA_DIR, "..");
const recorded = buildReleases(readReleaseFiles(DATA_DIR));
const latest = recorded.at(-1)!;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ and CITATION.cff, released as it stands, then with one summary reworded: something to release. */
function copy(): ReleaseOptions {
  const root = mkdtempSync(path.join(tmpdir(), "run-release-"));
  dirs.push(root);
  const dataDir = path.join(root, "data");
  cpSync(DATA_DIR, dataDir, { recursive: true });
  cpSync(path.join(ROOT, "CITATION.cff"), path.join(root, "CITATION.cff"));
  const options = { dataDir, citationPath: path.join(root, "CITATION.cff"), note: "Test.", date: latest.date, today: latest.date };
  const baseline = runRelease({ ...options, note: "Baseline." });
  if (!baseline.ok && !baseline.reason.includes("nothing changed")) throw new Error(baseline.reason);
  const issue = path.join(dataDir, "issues", readdirSync(path.join(dataDir, "issues"))[0]!);
  const text = readFileSync(issue, "utf8");
  writeFileSync(issue, text.replace(/^(\s*summary: )(.+)$/m, "$1$2 Reworded."));
  return options;
}

/** The check's verdict on the copy: "ok", or its problems. */
function check(o: ReleaseOptions): string {
  try {
    buildReleases(readReleaseFiles(o.dataDir));
    return "ok";
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
}

const log = (o: ReleaseOptions) => parse(readFileSync(path.join(o.dataDir, "releases.yaml"), "utf8")) as { version: string }[];
const POINTS: [ReleaseWrite["step"], "write" | "rename"][] = (["snapshot", "citation", "log"] as const).flatMap((s) => [[s, "write"], [s, "rename"]] as const);

describe("runRelease", () => {
  it.each(POINTS)("stopped before the %s's %s leaves the previous release standing, and a rerun finishes it", (step, phase) => {
    const o = copy();
    const before = readFileSync(path.join(o.dataDir, "releases.yaml"), "utf8");
    const crash = () => {
      throw new Error("crash");
    };
    expect(() => runRelease({ ...o, hook: (s, p) => (s === step && p === phase ? crash() : undefined) })).toThrow("crash");
    // The lock dies with a killed process: leave a lock naming a process that has ended.
    const ended = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(path.join(o.dataDir, LOCK_FILE), JSON.stringify({ pid: ended, since: "then" }));

    expect(readFileSync(path.join(o.dataDir, "releases.yaml"), "utf8")).toBe(before);
    const verdict = check(o);
    if (verdict !== "ok") expect(verdict).toMatch(/left by an interrupted npm run release: run the release again/);

    const rerun = runRelease(o);
    expect(rerun).toMatchObject({ ok: true });
    expect(check(o)).toBe("ok");
    const versions = log(o).map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(readFileSync(o.citationPath, "utf8")).toContain(`version: "${versions.at(-1)}"`);
    expect(readdirSync(o.dataDir).concat(readdirSync(path.join(o.dataDir, "releases"))).filter((n) => n.endsWith(".tmp") || n === LOCK_FILE)).toEqual([]);
  }, 60_000);

  it("refuses while another release holds the lock, with a sentence, and writes nothing", () => {
    const o = copy();
    const before = readFileSync(path.join(o.dataDir, "releases.yaml"), "utf8");
    writeFileSync(path.join(o.dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid, since: "now" }));
    expect(runRelease(o)).toEqual({ ok: false, reason: expect.stringMatching(/^another release is running \(process \d+, since now\): wait for it to end/) });
    expect(readFileSync(path.join(o.dataDir, "releases.yaml"), "utf8")).toBe(before);
    expect(existsSync(path.join(o.dataDir, LOCK_FILE))).toBe(true);
  }, 60_000);

  it("refuses a date after today", () => {
    const o = copy();
    expect(runRelease({ ...o, date: "2099-01-15" })).toEqual({ ok: false, reason: expect.stringContaining("after today") });
  }, 60_000);
});

describe("releaseStatus", () => {
  it("refuses a CITATION.cff that names another version than the latest release", () => {
    const o = copy();
    const released = runRelease(o);
    expect(released.ok).toBe(true);
    writeFileSync(o.citationPath, readFileSync(o.citationPath, "utf8").replace(/^version: .*$/m, `version: "${latest.version}"`));
    expect(() => releaseStatus(loadDataset(o.dataDir), o.dataDir)).toThrow(/CITATION\.cff:\d+ version: "[\d.]+", but the latest release .* run npm run release again/);
  }, 60_000);
});

