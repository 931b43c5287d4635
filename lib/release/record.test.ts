import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataset } from "../load/load";
import type { Dataset } from "../data/schema";
import { buildReleases } from "./build";
import { appendToLog, citeVersion, nextVersion, planRelease } from "./record";
import { snapshotSchema, type RecordedRelease } from "./schema";
import { snapshotOf } from "./snapshot";

const data = loadDataset();

/** The real data recorded as one release on `date`. */
function releasedAs(version: string, date: string, of: Dataset = data): RecordedRelease {
  return { version, date, note: "A release.", snapshot: { version, ...snapshotOf(of) } };
}

/** A copy of the data with one cell's stance changed. */
function withOneChange(): { changed: Dataset; issue: string; position: string } {
  const changed = structuredClone(data);
  const issue = changed.issues.find((i) => Object.values(i.cells).some((c) => c.stance === "rejects"))!;
  const cell = Object.values(issue.cells).find((c) => c.stance === "rejects")!;
  cell.stance = "conditional";
  return { changed, issue: issue.slug, position: cell.position };
}

const request = { note: "Re-reviewed.", logText: null, citationText: null };

describe("nextVersion", () => {
  it("numbers releases within their month, from 1", () => {
    expect(nextVersion([], "2026-12-01")).toBe("2026.12.1");
    const log = [{ version: "2026.11.1", date: "2026-11-03", note: "x" }, { version: "2026.12.1", date: "2026-12-01", note: "x" }];
    expect(nextVersion(log, "2026-12-09")).toBe("2026.12.2");
    expect(nextVersion(log, "2027-01-02")).toBe("2027.01.1");
  });
});

describe("planRelease", () => {
  it("records the first release with a snapshot of every cell that says something", () => {
    const plan = planRelease({ ...request, data, releases: [], date: "2026-12-01" });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.release).toEqual({ version: "2026.12.1", date: "2026-12-01", note: "Re-reviewed." });
    expect(plan.changes).toBeNull();
    const snapshot = snapshotSchema.parse(JSON.parse(plan.files.snapshot.text));
    expect(Object.keys(snapshot.issues)).toEqual(data.issues.map((i) => i.slug));
    const cited = data.issues.flatMap((i) => Object.values(i.cells)).filter((c) => c.stance !== "not-addressed");
    expect(Object.values(snapshot.issues).flatMap((i) => Object.values(i.cells)).filter((c) => c.stance !== "not-addressed")).toHaveLength(cited.length);
    expect(parse(plan.files.log)).toEqual([plan.release]);
  });

  it("refuses when nothing changed since the latest release", () => {
    const plan = planRelease({ ...request, data, releases: [releasedAs("2026.12.1", "2026-12-01")], date: "2026-12-05" });
    expect(plan).toEqual({ ok: false, reason: expect.stringContaining("nothing changed since 2026.12.1") });
  });

  it("records a change as the month's next version, listing the changed cell", () => {
    const { changed, issue, position } = withOneChange();
    const plan = planRelease({ ...request, data: changed, releases: [releasedAs("2026.12.1", "2026-12-01")], date: "2026-12-05" });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.release.version).toBe("2026.12.2");
    expect(plan.changes?.cells.map((c) => [c.issue, c.position, c.before.stance, c.after.stance])).toEqual([[issue, position, "rejects", "conditional"]]);
  });

  it("refuses an empty note, a malformed date and a date before the latest release", () => {
    const { changed } = withOneChange();
    const releases = [releasedAs("2026.12.1", "2026-12-01")];
    expect(planRelease({ ...request, data: changed, releases, date: "2026-12-05", note: "  " })).toMatchObject({ ok: false, reason: expect.stringContaining("note") });
    expect(planRelease({ ...request, data: changed, releases, date: "5 Dec 2026" })).toMatchObject({ ok: false, reason: expect.stringContaining("YYYY-MM-DD") });
    expect(planRelease({ ...request, data: changed, releases, date: "2026-11-30" })).toMatchObject({ ok: false, reason: expect.stringContaining("before the latest release") });
  });

  it("writes files that the release loader reads back as the new release", () => {
    const { changed } = withOneChange();
    const first = releasedAs("2026.12.1", "2026-12-01");
    const firstLog = appendToLog(null, { version: first.version, date: first.date, note: first.note });
    const plan = planRelease({ ...request, data: changed, releases: [first], date: "2026-12-05", logText: firstLog });
    if (!plan.ok) throw new Error(plan.reason);
    const read = buildReleases({
      log: { path: "data/releases.yaml", text: plan.files.log },
      snapshots: {
        "2026.12.1.json": { path: "data/releases/2026.12.1.json", text: JSON.stringify(first.snapshot) },
        [plan.files.snapshot.name]: { path: `data/releases/${plan.files.snapshot.name}`, text: plan.files.snapshot.text },
      },
      snapshotDir: "data/releases",
    });
    expect(read.map((r) => r.version)).toEqual(["2026.12.1", "2026.12.2"]);
    expect(read[1]!.snapshot).toEqual({ version: "2026.12.2", ...snapshotOf(changed) });
  });
});

describe("citeVersion", () => {
  it("sets CITATION.cff's version and release date and keeps its comments", () => {
    const text = citeVersion('# keep me\ncff-version: 1.2.0\ntitle: T\nversion: "1"\n', { version: "2026.12.2", date: "2026-12-05", note: "x" });
    expect(text).toContain("# keep me");
    expect(parse(text)).toEqual({ "cff-version": "1.2.0", title: "T", version: "2026.12.2", "date-released": "2026-12-05" });
  });
});
