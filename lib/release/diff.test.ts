import { describe, expect, it } from "vitest";
import { SILENT_SUMMARY } from "../data/vocab";
import { diffSnapshots, isEmptyDiff } from "./diff";
import type { SnapshotCell, SnapshotContent } from "./schema";

const quote = (q: string, extra: Partial<SnapshotCell["citations"][number]> = {}) => ({ source: "s1", quote: q, kind: "reporting" as const, ...extra });
const cell = (stance: SnapshotCell["stance"], summary: string, citations = [quote(`${summary} quoted`)]): SnapshotCell => ({ stance, summary, citations });

function base(): SnapshotContent {
  return {
    positions: { ua: "Ukraine", ru: "Russia" },
    issues: {
      crimea: { title: "Crimea", proposition: "Crimea is ceded.", aliases: [], cells: { ua: cell("rejects", "No."), ru: cell("supports", "Yes.") } },
      assets: { title: "Frozen assets", proposition: "Assets fund rebuilding.", aliases: [], cells: { ua: cell("supports", "Use them.") } },
    },
    sources: { s1: "A source" },
  };
}

describe("diffSnapshots", () => {
  it("finds nothing between a snapshot and its copy", () => {
    expect(isEmptyDiff(diffSnapshots(base(), structuredClone(base())))).toBe(true);
  });

  it("reports a stance change with the old and new stance, and the cell's issue and position", () => {
    const after = base();
    after.issues.crimea!.cells.ru = { ...after.issues.crimea!.cells.ru!, stance: "conditional" };
    const { cells } = diffSnapshots(base(), after);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ issue: "crimea", issueTitle: "Crimea", position: "ru", positionLabel: "Russia", kind: "changed", stanceChanged: true, summaryChanged: false });
    expect([cells[0]!.before.stance, cells[0]!.after.stance]).toEqual(["supports", "conditional"]);
  });

  it("reports quotes added and removed, and a quote whose kind or speaker changed", () => {
    const after = base();
    const ua = after.issues.crimea!.cells.ua!;
    after.issues.crimea!.cells.ua = { ...ua, citations: [quote("No. quoted", { kind: "own-words", speaker: "Zelensky" }), quote("A new passage")] };
    after.issues.crimea!.cells.ru = { ...after.issues.crimea!.cells.ru!, citations: [] , stance: "supports" };
    const { cells } = diffSnapshots(base(), after);
    const ukraine = cells.find((c) => c.position === "ua")!;
    expect(ukraine.added.map((c) => c.quote)).toEqual(["A new passage"]);
    expect(ukraine.removed).toEqual([]);
    expect(ukraine.reattributed).toEqual([{ before: quote("No. quoted"), after: quote("No. quoted", { kind: "own-words", speaker: "Zelensky" }) }]);
    expect(cells.find((c) => c.position === "ru")!.removed.map((c) => c.quote)).toEqual(["Yes. quoted"]);
  });

  it("does not count reordered citations as a change", () => {
    const before = base();
    before.issues.crimea!.cells.ua!.citations.push(quote("Second"));
    const after = structuredClone(before);
    after.issues.crimea!.cells.ua!.citations.reverse();
    expect(isEmptyDiff(diffSnapshots(before, after))).toBe(true);
  });

  it("counts a citation moved from one cell to another as a change of both", () => {
    const before = base();
    const after = structuredClone(before);
    const moved = after.issues.crimea!.cells.ua!.citations.pop()!;
    after.issues.crimea!.cells.ua!.citations.push(quote("Another"));
    after.issues.crimea!.cells.ru!.citations.push(moved);
    const { cells } = diffSnapshots(before, after);
    expect(cells.map((c) => [c.position, c.added.length, c.removed.length])).toEqual([["ua", 1, 1], ["ru", 1, 0]]);
  });

  it("treats a cell missing from a snapshot as not addressed", () => {
    const after = base();
    after.issues.assets!.cells.ru = cell("rejects", "Never.");
    const { cells } = diffSnapshots(base(), after);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ issue: "assets", position: "ru", kind: "changed", stanceChanged: true });
    expect(cells[0]!.before).toEqual({ stance: "not-addressed", summary: SILENT_SUMMARY, citations: [] });
  });

  it("follows a renamed issue through its aliases, reporting the rename but no cell that stayed the same", () => {
    const after = base();
    const { crimea, ...rest } = after.issues;
    after.issues = { "status-of-crimea": { ...crimea!, aliases: ["crimea"] }, ...rest };
    const diff = diffSnapshots(base(), after);
    expect(diff.issues).toEqual([{ kind: "renamed", issue: "status-of-crimea", title: "Crimea", from: "crimea" }]);
    expect(diff.cells).toEqual([]);
  });

  it("reports a new issue with each cell that says something, and a removed issue once", () => {
    const after = base();
    delete after.issues.assets;
    after.issues.donbas = { title: "Donbas", proposition: "Donbas is ceded.", aliases: [], cells: { ru: cell("supports", "All of it.") } };
    const diff = diffSnapshots(base(), after);
    expect(diff.issues).toEqual([
      { kind: "added", issue: "donbas", title: "Donbas" },
      { kind: "removed", issue: "assets", title: "Frozen assets" },
    ]);
    expect(diff.cells.map((c) => [c.issue, c.position, c.kind, c.after.stance])).toEqual([["donbas", "ru", "added", "supports"]]);
  });

  it("reports a new position, and its cells that say something as added", () => {
    const after = base();
    after.positions.eu = "Europe";
    after.issues.assets!.cells.eu = cell("supports", "Use them too.");
    const diff = diffSnapshots(base(), after);
    expect(diff.positions).toEqual([{ kind: "added", position: "eu", label: "Europe" }]);
    expect(diff.cells.map((c) => [c.issue, c.position, c.kind])).toEqual([["assets", "eu", "added"]]);
  });

  it("reports a retitled issue, a reworded proposition and a relabelled position", () => {
    const after = base();
    after.issues.crimea = { ...after.issues.crimea!, title: "Status of Crimea", proposition: "Ukraine cedes Crimea." };
    after.positions.ru = "Russia's position";
    const diff = diffSnapshots(base(), after);
    expect(diff.issues.map((c) => c.kind)).toEqual(["retitled", "reworded"]);
    expect(diff.positions).toEqual([{ kind: "relabelled", position: "ru", label: "Russia's position", from: "Russia" }]);
    expect(diff.cells.map((c) => c.issueTitle)).toEqual([]);
  });
});
