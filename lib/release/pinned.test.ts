import { describe, expect, it } from "vitest";
import { SILENT_SUMMARY } from "../data/vocab";
import { releaseHistory } from "./history";
import { findRelease, laterReleases, pinnedCells, pinnedHref, pinnedIssue, pinnedSourceUses } from "./pinned";
import type { RecordedRelease, Snapshot } from "./schema";

const snap = (version: string, ru: "supports" | "rejects"): Snapshot => ({
  version,
  positions: { ru: "Russia", ua: "Ukraine", eu: "Europe" },
  issues: {
    crimea: {
      title: "Crimea",
      proposition: "P.",
      aliases: [],
      cells: {
        ru: { stance: ru, summary: `${ru}.`, citations: [{ source: "tass", quote: "Crimea is ours", kind: "own-words", speaker: "Putin" }] },
        ua: { stance: "rejects", summary: "No.", citations: [{ source: "kyiv", quote: "never", kind: "reporting" }] },
      },
    },
  },
  sources: { tass: "TASS", kyiv: "Kyiv Independent" },
});
const releases: RecordedRelease[] = [
  { version: "2026.12.1", date: "2026-12-01", note: "First.", snapshot: snap("2026.12.1", "supports") },
  { version: "2026.12.2", date: "2026-12-03", note: "Second.", snapshot: snap("2026.12.2", "rejects") },
];

describe("pinnedHref", () => {
  it("addresses a release's matrix, an issue's cell and a source under /v/<version>", () => {
    expect(pinnedHref("2026.12.1")).toBe("/v/2026.12.1");
    expect(pinnedHref("2026.12.1", { issue: "crimea", position: "ru" })).toBe("/v/2026.12.1/issues/crimea#ru");
    expect(pinnedHref("2026.12.1", { source: "tass" })).toBe("/v/2026.12.1/sources/tass");
  });
});

describe("pinnedIssue", () => {
  it("gives an issue's title, proposition and cells as the release recorded them, and null for an issue it lacks", () => {
    const release = findRelease(releases, "2026.12.2")!;
    const issue = pinnedIssue(release, "crimea")!;
    expect(issue).toMatchObject({ version: "2026.12.2", slug: "crimea", title: "Crimea", proposition: "P." });
    expect(issue.cells).toEqual(pinnedCells(release, "crimea"));
    expect(pinnedIssue(release, "donbas")).toBeNull();
  });
});

describe("pinnedCells", () => {
  it("gives each column of the release in order, with the cells it left out as silent", () => {
    const cells = pinnedCells(findRelease(releases, "2026.12.1")!, "crimea")!;
    expect(cells.map((c) => [c.position, c.stance, c.silent])).toEqual([["ru", "supports", false], ["ua", "rejects", false], ["eu", "not-addressed", true]]);
    expect(cells[2]!.summary).toBe(SILENT_SUMMARY);
  });

  it("reads only its own release's snapshot", () => {
    expect(pinnedCells(releases[0]!, "crimea")![0]!.stance).toBe("supports");
    expect(pinnedCells(releases[1]!, "crimea")![0]!.stance).toBe("rejects");
    expect(pinnedCells(releases[0]!, "donbas")).toBeNull();
  });
});

describe("pinnedSourceUses", () => {
  it("lists every quote the release cites from a source, with its cell", () => {
    expect(pinnedSourceUses(releases[1]!, "tass")).toEqual([
      { source: "tass", quote: "Crimea is ours", kind: "own-words", speaker: "Putin", issue: "crimea", issueTitle: "Crimea", position: "ru", label: "Russia", stance: "rejects" },
    ]);
  });
});

describe("laterReleases", () => {
  it("counts the releases and changes after a version, and none after the latest", () => {
    const history = releaseHistory(releases);
    expect(laterReleases(history, "2026.12.1")).toEqual({ versions: ["2026.12.2"], changes: 1 });
    expect(laterReleases(history, "2026.12.2")).toEqual({ versions: [], changes: 0 });
  });
});
