import { describe, expect, it } from "vitest";
import { citedPassagesBySource, groupCiters, sourceUse } from "./citation-index";
import type { Dataset, ResolvedCitation, ResolvedIssue, Position } from "../data/schema";
import { NOT_STATED } from "../data/strength";

const cite = (source: string, start: number, end: number, extra: Partial<ResolvedCitation> = {}): ResolvedCitation => ({
  source,
  quote: "x".repeat(end - start),
  kind: "reporting",
  id: `${source}:${start}-${end}`,
  start,
  end,
  ...extra,
});

const position = (slug: string, order: number): Position => ({
  slug,
  label: slug,
  shortLabel: slug.toUpperCase(),
  description: slug,
  actor: slug,
  date: "2025",
  kind: "actor",
  order,
  complete: false,
  scope: "What it says.",
  authors: [],
  default: true,
});

const issue = (slug: string, cells: Record<string, ResolvedCitation[]>): ResolvedIssue => ({
  slug,
  title: `Title of ${slug}`,
  definition: "d",
  proposition: "p",
  category: "c",
  order: 1,
  aliases: [],
  cells: Object.fromEntries(
    Object.entries(cells).map(([p, citations]) => [
      p,
      { issue: slug, position: p, stance: "rejects", summary: "s", citations, explicit: true, strength: NOT_STATED },
    ]),
  ),
});

const data: Pick<Dataset, "issues" | "positions" | "events"> = {
  positions: [position("ru", 1), position("ua", 2)],
  issues: [
    issue("crimea", { ru: [cite("a", 50, 60)], ua: [cite("a", 10, 20, { speaker: "Zelensky", kind: "own-words" })] }),
    issue("nato", { ru: [cite("a", 10, 20), cite("b", 0, 9)], ua: [] }),
  ],
  events: [
    { id: "talks", date: "2025-12-02", title: "Talks", description: "d", issues: [], citations: [cite("a", 50, 60)] },
  ],
};

describe("citedPassagesBySource", () => {
  const index = citedPassagesBySource(data);

  it("lists each source's cited passages once, in text order", () => {
    expect(index.get("a")!.map((p) => [p.start, p.end])).toEqual([
      [10, 20],
      [50, 60],
    ]);
    expect(index.get("b")!.map((p) => [p.start, p.end])).toEqual([[0, 9]]);
    expect(index.get("nowhere")).toBeUndefined();
  });

  it("names every cell and event that cites a passage, with its kind and speaker", () => {
    const [first, second] = index.get("a")!;
    expect(first!.citers).toEqual([
      expect.objectContaining({ kind: "cell", issue: "crimea", position: "ua", positionLabel: "UA", speaker: "Zelensky", citationKind: "own-words" }),
      expect.objectContaining({ kind: "cell", issue: "nato", position: "ru", issueTitle: "Title of nato" }),
    ]);
    expect(second!.citers.map((c) => c.kind)).toEqual(["cell", "event"]);
  });
});

describe("sourceUse", () => {
  it("counts passages, citations, distinct cells and events", () => {
    expect(sourceUse(citedPassagesBySource(data).get("a"))).toEqual({ passages: 2, citations: 4, cells: 3, events: 1 });
    expect(sourceUse(undefined)).toEqual({ passages: 0, citations: 0, cells: 0, events: 0 });
  });
});

describe("groupCiters", () => {
  it("gathers a passage's cells under their issue, once per position, and lists events apart", () => {
    const [first, second] = citedPassagesBySource(data).get("a")!;
    expect(groupCiters(first!.citers).issues.map((g) => [g.issue, g.cells.map((c) => c.position)])).toEqual([
      ["crimea", ["ua"]],
      ["nato", ["ru"]],
    ]);
    const grouped = groupCiters(second!.citers);
    expect(grouped.issues.map((g) => g.issue)).toEqual(["crimea"]);
    expect(grouped.events.map((e) => e.event)).toEqual(["talks"]);
  });

  it("lists a position once even if it cites the passage twice", () => {
    const cell = citedPassagesBySource(data).get("a")![0]!.citers[0]!;
    expect(groupCiters([cell, cell]).issues[0]!.cells).toHaveLength(1);
  });
});
