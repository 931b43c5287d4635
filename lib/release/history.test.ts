import { describe, expect, it } from "vitest";
import { loadDataset } from "../load/load";
import { asOfDate, currentSlugs, editionOf, issueHistory, lastChangedIn, releaseHistory } from "./history";
import type { RecordedRelease, Snapshot, SnapshotCell } from "./schema";
import { snapshotOf } from "./snapshot";

const cell = (stance: SnapshotCell["stance"]): SnapshotCell => ({ stance, summary: `${stance}.`, citations: [{ source: "s", quote: "a quote", kind: "reporting" }] });
const snap = (version: string, slug: string, aliases: string[], ru: SnapshotCell["stance"]): Snapshot => ({
  version,
  positions: { ru: "Russia", ua: "Ukraine" },
  issues: { [slug]: { title: "Crimea", proposition: "P.", aliases, cells: { ru: cell(ru), ua: cell("rejects") } } },
  sources: { s: "S" },
});
const release = (version: string, date: string, snapshot: Snapshot): RecordedRelease => ({ version, date, note: `Note ${version}.`, snapshot });

// Three releases: a change, then a rename of the issue with another change.
const releases = [
  release("2026.12.1", "2026-12-01", snap("2026.12.1", "crimea", [], "supports")),
  release("2026.12.2", "2026-12-05", snap("2026.12.2", "crimea", [], "conditional")),
  release("2027.01.1", "2027-01-03", snap("2027.01.1", "status-of-crimea", ["crimea"], "rejects")),
];
const history = releaseHistory(releases);
const current = currentSlugs([{ slug: "status-of-crimea", aliases: ["crimea"] }]);

describe("releaseHistory", () => {
  it("compares each release with the one before; the first has nothing to compare with", () => {
    expect(history.map((h) => [h.version, h.changes?.cells.length ?? null])).toEqual([["2026.12.1", null], ["2026.12.2", 1], ["2027.01.1", 1]]);
    expect(history[0]!.holds).toEqual({ issues: 1, positions: 2, cells: 2 });
  });
});

describe("issueHistory", () => {
  it("gathers an issue's changes under its current slug, across a rename, newest first", () => {
    const entries = issueHistory(history, "status-of-crimea", current);
    expect(entries.map((e) => [e.version, e.note, e.issue.map((c) => c.kind), e.cells.map((c) => `${c.before.stance}→${c.after.stance}`)])).toEqual([
      ["2027.01.1", "Note 2027.01.1.", ["renamed"], ["conditional→rejects"]],
      ["2026.12.2", "Note 2026.12.2.", [], ["supports→conditional"]],
    ]);
  });
});

describe("lastChangedIn", () => {
  it("gives each changed cell the version of its last change, under the issue's current slug", () => {
    expect([...lastChangedIn(history, current)]).toEqual([["status-of-crimea.ru", "2027.01.1"]]);
  });
});

describe("editionOf", () => {
  const data = loadDataset();
  it("is as of the latest source date and names the latest release", () => {
    const latest = data.sources.map((s) => s.date.value).sort().at(-1);
    expect(asOfDate(data)).toBe(latest);
    const recorded = [release("2026.12.1", "2026-12-01", { version: "2026.12.1", ...snapshotOf(data) })];
    expect(editionOf(data, recorded)).toEqual({ asOf: latest, release: { version: "2026.12.1", date: "2026-12-01" }, unreleased: 0 });
  });

  it("counts the changes no release records yet", () => {
    const older = structuredClone(data);
    const cell = Object.values(older.issues[0]!.cells).find((c) => c.explicit)!;
    cell.summary = `${cell.summary} (older wording)`;
    const recorded = [release("2026.12.1", "2026-12-01", { version: "2026.12.1", ...snapshotOf(older) })];
    expect(editionOf(data, recorded).unreleased).toBe(1);
    expect(editionOf(data, []).release).toBeNull();
  });
});
