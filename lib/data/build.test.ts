import { describe, expect, it } from "vitest";
import { buildDataset, type DataFiles } from "./build";
import { DataError, type DataProblem } from "./problems";

const SOURCE = "Moscow rejected the plan. Kyiv said the plan was unacceptable.\nLater, Moscow rejected the plan. Again.";

const SOURCES = `- id: article
  file: a.txt
  title: An article
  publisher: null
  author: null
  date: { value: "2025-12-02", qualifier: on-or-after }
  kind: analysis
  url: null
  anonymous: true
  problems: []
`;
const POSITIONS = `- slug: russia
  label: Russia's position
  shortLabel: Russia
  description: Russia.
  scope: What Russia's officials say.
  actor: Russia
  date: "2025-12"
  kind: actor
  order: 1
- slug: ukraine
  label: Ukraine's position
  shortLabel: Ukraine
  description: Ukraine.
  scope: What Ukraine's officials say.
  actor: Ukraine
  date: "2025-12"
  kind: actor
  order: 2
`;
const CATEGORIES = `- slug: process
  title: Process
  description: How.
  order: 1
`;
const ISSUE = `slug: the-plan
title: The plan
definition: Whether the plan is accepted.
proposition: The plan is accepted.
category: process
aliases: [old-plan]
cells:
  - position: russia
    stance: rejects
    summary: Russia rejected the plan.
    citations:
      - source: article
        quote: Moscow rejected the plan.
        suffix: Kyiv said
        kind: reporting
`;
const TIMELINE = `- id: talks
  date: "2025-12-02"
  title: Talks
  description: Talks were held.
  issues: [the-plan]
  citations:
    - source: article
      quote: Kyiv said the plan was unacceptable.
      kind: reporting
`;

function files(over: { sources?: string; positions?: string; categories?: string; timeline?: string; issues?: Record<string, string> } = {}): DataFiles {
  const issues = over.issues ?? { "the-plan": ISSUE };
  return {
    sources: { path: "data/sources.yaml", text: over.sources ?? SOURCES },
    positions: { path: "data/positions.yaml", text: over.positions ?? POSITIONS },
    categories: { path: "data/categories.yaml", text: over.categories ?? CATEGORIES },
    timeline: { path: "data/timeline.yaml", text: over.timeline ?? TIMELINE },
    issues: Object.entries(issues).map(([name, text]) => ({ path: `data/issues/${name}.yaml`, text })),
    sourceTexts: { "a.txt": SOURCE },
    sourceDir: "data/sources",
  };
}

function problemsOf(f: DataFiles): DataProblem[] {
  try {
    buildDataset(f);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  throw new Error("expected the data to be refused");
}

const issueWith = (from: string, to: string) => files({ issues: { "the-plan": ISSUE.replace(from, to) } });

describe("buildDataset", () => {
  it("resolves each quote to the offsets of its passage in the source", () => {
    const data = buildDataset(files());
    const citation = data.issues[0]!.cells.russia!.citations[0]!;
    expect(SOURCE.slice(citation.start, citation.end)).toBe("Moscow rejected the plan.");
    expect(citation.start).toBe(0);
  });

  it("fills a position the issue file leaves out with an implicit not-addressed cell", () => {
    const cell = buildDataset(files()).issues[0]!.cells.ukraine!;
    expect(cell).toMatchObject({ stance: "not-addressed", explicit: false, citations: [] });
  });

  it("resolves timeline citations and keeps events in date order", () => {
    const data = buildDataset(files());
    expect(data.events[0]!.citations[0]!.start).toBe(SOURCE.indexOf("Kyiv said"));
  });

  it("names file and line for malformed YAML", () => {
    const [p] = problemsOf(issueWith("title: The plan", "title: The plan: part two"));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 2 });
    expect(p!.message).toMatch(/malformed YAML/);
  });

  it("names the line of a key written twice", () => {
    const [p] = problemsOf(issueWith("aliases: [old-plan]", "aliases: [old-plan]\ntitle: Again"));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 7 });
    expect(p!.message).toMatch(/unique/);
  });

  it("names file, line and field for a missing field", () => {
    const [p] = problemsOf(issueWith("definition: Whether the plan is accepted.\n", ""));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 1, field: "definition" });
    expect(p!.message).toMatch(/missing/);
  });

  it("lists the allowed values for a wrong stance and quotes the bad one", () => {
    const [p] = problemsOf(issueWith("stance: rejects", "stance: refuses"));
    expect(p).toMatchObject({ line: 9, field: "cells[0].stance" });
    expect(p!.message).toContain('"refuses"');
    expect(p!.message).toContain('"rejects"');
  });

  it("refuses an unknown position, category and source", () => {
    expect(problemsOf(issueWith("position: russia", "position: belarus"))[0]).toMatchObject({ line: 8, field: "cells[0].position" });
    expect(problemsOf(issueWith("category: process", "category: culture"))[0]).toMatchObject({ line: 5, field: "category" });
    const [p] = problemsOf(issueWith("source: article", "source: nowhere"));
    expect(p).toMatchObject({ line: 12, field: "cells[0].citations[0].source" });
    expect(p!.message).toContain('"article"');
  });

  it("refuses an unknown issue in the timeline", () => {
    const [p] = problemsOf(files({ timeline: TIMELINE.replace("[the-plan]", "[no-such-issue]") }));
    expect(p).toMatchObject({ file: "data/timeline.yaml", line: 5, field: "[0].issues[0]" });
  });

  it("refuses a duplicate id", () => {
    const [p] = problemsOf(files({ positions: POSITIONS + POSITIONS.split("- slug: ukraine")[0]!.replace(/^/, "") }));
    expect(p).toMatchObject({ file: "data/positions.yaml", line: 19 });
    expect(p!.message).toMatch(/duplicate position slug "russia"/);
  });

  it("refuses an issue slug that another issue uses as an alias", () => {
    const other = ISSUE.replace("slug: the-plan", "slug: old-plan").replace("aliases: [old-plan]", "aliases: []");
    const problems = problemsOf(files({ issues: { "the-plan": ISSUE, "old-plan": other } }));
    expect(problems[0]!.message).toMatch(/duplicate issue slug or alias "old-plan"/);
  });

  it("refuses a second cell for the same position", () => {
    const cell = ISSUE.slice(ISSUE.indexOf("  - position: russia"));
    const [p] = problemsOf(files({ issues: { "the-plan": ISSUE + cell } }));
    expect(p).toMatchObject({ line: 16, field: "cells[1].position" });
    expect(p!.message).toMatch(/at most one cell per position/);
  });

  it("refuses a quote not in its source and shows the closest passage", () => {
    const [p] = problemsOf(issueWith("quote: Moscow rejected the plan.", "quote: Moscow rejects the plan."));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 13, field: "cells[0].citations[0].quote" });
    expect(p!.message).toContain("not found");
    expect(p!.message).toContain('closest passage (data/sources/a.txt line 1): "Moscow rejected the plan."');
  });

  it("refuses an ambiguous quote and says how to tell the passages apart", () => {
    const [p] = problemsOf(issueWith("        suffix: Kyiv said\n", ""));
    expect(p).toMatchObject({ line: 13, field: "cells[0].citations[0].quote" });
    expect(p!.message).toMatch(/appears 2 times .*lines 1, 2.*prefix/);
  });

  it("refuses a not-addressed cell that cites, and a cited stance without citations", () => {
    expect(problemsOf(issueWith("stance: rejects", "stance: not-addressed"))[0]).toMatchObject({ field: "cells[0].citations" });
    const bare = ISSUE.slice(0, ISSUE.indexOf("    citations:"));
    expect(problemsOf(files({ issues: { "the-plan": bare } }))[0]).toMatchObject({ field: "cells[0].citations" });
  });

  it("refuses an issue that leaves out a position marked complete", () => {
    const [p] = problemsOf(files({ positions: POSITIONS.replace("order: 2", "order: 2\n  complete: true") }));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 8, field: "cells" });
    expect(p!.message).toContain('"ukraine"');
  });

  it("refuses a source address that is not http or https", () => {
    const [p] = problemsOf(files({ sources: SOURCES.replace("url: null", "url: javascript:alert(1)") }));
    expect(p).toMatchObject({ file: "data/sources.yaml", line: 8, field: "[0].url" });
    expect(p!.message).toContain("http or https");
  });

  it("refuses an issue file whose name differs from its slug", () => {
    const [p] = problemsOf(files({ issues: { "plan": ISSUE } }));
    expect(p).toMatchObject({ field: "slug" });
    expect(p!.message).toContain("the-plan.yaml");
  });
});
