import { describe, expect, it } from "vitest";
import { DataError } from "../load/problems";
import { buildReleases, type ReleaseFiles } from "./build";

const snapshot = (version: string) => JSON.stringify({ version, positions: {}, issues: {}, sources: {} }, null, 2);

function files(log: string, versions: string[]): ReleaseFiles {
  return {
    log: { path: "data/releases.yaml", text: log },
    snapshots: Object.fromEntries(versions.map((v) => [`${v}.json`, { path: `data/releases/${v}.json`, text: snapshot(v) }])),
    snapshotDir: "data/releases",
  };
}

function problems(f: ReleaseFiles): string[] {
  try {
    buildReleases(f);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

const LOG = "- version: 2026.12.1\n  date: 2026-12-01\n  note: First.\n- version: 2026.12.2\n  date: 2026-12-09\n  note: Second.\n";

describe("buildReleases", () => {
  it("reads each release with its snapshot, oldest first", () => {
    expect(buildReleases(files(LOG, ["2026.12.1", "2026.12.2"])).map((r) => [r.version, r.snapshot.version])).toEqual([
      ["2026.12.1", "2026.12.1"],
      ["2026.12.2", "2026.12.2"],
    ]);
  });

  it("has no releases where a data set has no log", () => {
    expect(buildReleases({ log: null, snapshots: {}, snapshotDir: "x" })).toEqual([]);
  });

  it("names the file, line and field of a missing snapshot, a stray one, and a version out of sequence", () => {
    const skipped = LOG.replace("2026.12.2", "2026.12.3");
    expect(problems(files(skipped, ["2026.12.1", "2026.12.2"]))).toEqual([
      "data/releases.yaml:4 [1].version: version \"2026.12.3\" after 2026.12.1: expected 2026.12.2",
      "data/releases.yaml:4 [1].version: no snapshot data/releases/2026.12.3.json: record releases with npm run release, never by hand",
      "data/releases/2026.12.2.json:1 : a snapshot that no release in data/releases.yaml names: remove it, or list its release",
    ]);
  });

  it("refuses a version that is not its date's month and a snapshot that names another version", () => {
    const f = files("- version: 2026.11.1\n  date: 2026-12-01\n  note: First.\n", ["2026.11.1"]);
    f.snapshots["2026.11.1.json"]!.text = snapshot("2026.11.2");
    const found = problems(f);
    expect(found[0]).toContain("data/releases.yaml:1 [0].version: version \"2026.11.1\" does not match its date 2026-12-01");
    expect(found[1]).toContain("data/releases/2026.11.1.json:2 version: version \"2026.11.2\" in a file named for 2026.11.1");
  });

  it("names a malformed field of the log", () => {
    expect(problems(files("- version: 2026.12.1\n  date: 1 Dec\n  note: First.\n", ["2026.12.1"]))[0]).toMatch(/^data\/releases\.yaml:2 \[0\]\.date: .*YYYY-MM-DD/);
  });
});
