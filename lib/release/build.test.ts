import { describe, expect, it } from "vitest";
import { DataError } from "../load/problems";
import { buildReleases, latestReleaseDate, sha256Of, type ReleaseFiles } from "./build";

const snapshot = (version: string) => JSON.stringify({ version, positions: {}, issues: {}, sources: {} }, null, 2);

function files(log: string, versions: string[]): ReleaseFiles {
  return {
    log: { path: "data/releases.yaml", text: log },
    snapshots: Object.fromEntries(versions.map((v) => [`${v}.json`, { path: `data/releases/${v}.json`, text: snapshot(v) }])),
    snapshotDir: "data/releases",
    latestDate: "2026-12-31",
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

/** A log entry as npm run release writes it, with the SHA-256 of the snapshot `text`. */
const entry = (version: string, date: string, note: string, text = snapshot(version)) =>
  `- version: ${version}\n  date: ${date}\n  note: ${note}\n  sha256: ${sha256Of(text)}\n`;

const LOG = entry("2026.12.1", "2026-12-01", "First.") + entry("2026.12.2", "2026-12-09", "Second.");

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
    const skipped = entry("2026.12.1", "2026-12-01", "First.") + entry("2026.12.3", "2026-12-09", "Second.");
    expect(problems(files(skipped, ["2026.12.1", "2026.12.2"]))).toEqual([
      "data/releases.yaml:5 [1].version: version \"2026.12.3\" after 2026.12.1: expected 2026.12.2",
      "data/releases.yaml:5 [1].version: no snapshot data/releases/2026.12.3.json: record releases with npm run release, never by hand",
      "data/releases/2026.12.2.json:1 : a snapshot that no release in data/releases.yaml names, most likely left by an interrupted npm run release: run the release again (it replaces this file), or delete the file",
    ]);
  });

  it("refuses a version that is not its date's month and a snapshot that names another version", () => {
    const f = files(entry("2026.11.1", "2026-12-01", "First.", snapshot("2026.11.2")), ["2026.11.1"]);
    f.snapshots["2026.11.1.json"]!.text = snapshot("2026.11.2");
    const found = problems(f);
    expect(found[0]).toContain("data/releases.yaml:1 [0].version: version \"2026.11.1\" does not match its date 2026-12-01");
    expect(found[1]).toContain("data/releases/2026.11.1.json:2 version: version \"2026.11.2\" in a file named for 2026.11.1");
  });

  it("names a malformed field of the log", () => {
    expect(problems(files(entry("2026.12.1", "1 Dec", "First."), ["2026.12.1"]))[0]).toMatch(/^data\/releases\.yaml:2 \[0\]\.date: .*YYYY-MM-DD/);
  });

  it("refuses a snapshot edited after its release, naming it and saying a correction is a new release", () => {
    const f = files(LOG, ["2026.12.1", "2026.12.2"]);
    f.snapshots["2026.12.1.json"]!.text = f.snapshots["2026.12.1.json"]!.text.replace("{}", '{ "ukraine": "Ukraine" }');
    expect(problems(f)).toEqual([
      expect.stringMatching(/^data\/releases\/2026\.12\.1\.json:1 : differs from the snapshot released as 2026\.12\.1 .*released history is never edited.*a correction a new release/),
    ]);
  });

  it("refuses a log entry without the snapshot's SHA-256", () => {
    const log = "- version: 2026.12.1\n  date: 2026-12-01\n  note: First.\n";
    expect(problems(files(log, ["2026.12.1"]))[0]).toMatch(/^data\/releases\.yaml:1 \[0\]\.sha256: .*missing/);
  });

  it("refuses a release dated after today, allowing a day for time zones", () => {
    const log = entry("2026.12.1", "2026-12-01", "First.") + entry("2099.01.1", "2099-01-15", "Typo.");
    const f = { ...files(log, ["2026.12.1", "2099.01.1"]), latestDate: "2026-12-07" };
    expect(problems(f)).toEqual([expect.stringMatching(/^data\/releases\.yaml:6 \[1\]\.date: date 2099-01-15 is in the future/)]);
    expect(latestReleaseDate(new Date("2026-12-06T23:30:00Z"))).toBe("2026-12-07");
  });

  it("names a snapshot that could not be read instead of calling it stray", () => {
    const f = files(LOG, ["2026.12.1", "2026.12.2"]);
    f.snapshots["2026.12.2.json"] = { path: "data/releases/2026.12.2.json", text: "", unreadable: { file: "data/releases/2026.12.2.json", line: 1, field: "", message: "a folder" } };
    expect(problems(f)).toEqual(["data/releases/2026.12.2.json:1 : a folder"]);
  });
});
