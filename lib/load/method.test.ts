import { describe, expect, it } from "vitest";
import type { DataFiles } from "./build";
import type { DataProblem } from "./problems";
import { dataFiles, problemsIn } from "./files.test-data";

const ARTICLE =
  "Emerging details suggest that Moscow rejected the plan. Kyiv said the plan was “unacceptable in every part” and left.\n" +
  "The plan puts the held share at 25 percent. Elsewhere it says 20 percent.";
const STATEMENT = "Ukraine will never give up its land. The parties agreed to meet again.";

const SOURCES = `- id: article
  file: a.txt
  title: An article
  publisher: null
  author: null
  anonymous: true
  date: { value: "2025-12-02", qualifier: on-or-after }
  kind: news-report
  url: null
  problems:
    - note: Gives the share two ways.
      passages:
        - quote: at 25 percent
        - quote: says 20 percent
- id: statement
  file: b.txt
  title: A statement
  publisher: Kyiv
  author: null
  date: { value: "2025-11-23", qualifier: exact }
  kind: own-statement
  statementOf: [ukraine]
  url: null
  problems: []
`;
const POSITIONS = `- slug: russia
  label: Russia
  shortLabel: Russia
  description: Russia.
  scope: What Russian officials say.
  actor: Russia
  date: "2025-12"
  kind: actor
  order: 1
  default: true
- slug: ukraine
  label: Ukraine
  shortLabel: Ukraine
  description: Ukraine.
  scope: What Ukraine's officials say.
  actor: Ukraine
  date: "2025-12"
  kind: actor
  order: 2
- slug: kyiv-plan
  label: Kyiv's plan
  shortLabel: Kyiv plan
  description: A plan.
  scope: The plan's terms as reported.
  actor: Ukraine
  authors: [ukraine]
  date: "2025-12"
  kind: document
  order: 3
`;
const CATEGORIES = `- { slug: process, title: Process, description: How., order: 1 }\n`;
const cell = (position: string, stance: string, citations: string) => `  - position: ${position}
    stance: ${stance}
    summary: A summary.
    citations:
${citations}`;
const cite = (source: string, quote: string, kind: string, extra = "") =>
  `      - source: ${source}\n        quote: ${JSON.stringify(quote)}\n${extra}        kind: ${kind}\n`;
const issue = (cells: string) => `slug: the-plan
title: The plan
definition: Whether the plan is accepted.
proposition: The plan is accepted.
category: process
cells:
${cells}`;
const GOOD = issue(
  cell("russia", "rejects", cite("article", "Emerging details suggest that Moscow rejected the plan.", "reporting")) +
    cell("ukraine", "rejects", cite("statement", "Ukraine will never give up its land.", "own-words") +
      cite("article", "“unacceptable in every part”", "own-words", "        speaker: A minister\n")) +
    cell("kyiv-plan", "supports", cite("statement", "The parties agreed to meet again.", "own-words")),
);
const TIMELINE = `- id: talks
  date: "2025-12-02"
  title: Talks
  description: Talks were held.
  issues: [the-plan]
  citations:
${cite("article", "Kyiv said the plan was “unacceptable in every part” and left.", "reporting").replace(/^ {2}/gm, "")}`;

function files(over: { sources?: string; positions?: string; issue?: string; timeline?: string } = {}): DataFiles {
  return dataFiles({
    sources: over.sources ?? SOURCES,
    positions: over.positions ?? POSITIONS,
    categories: CATEGORIES,
    timeline: over.timeline ?? TIMELINE,
    issues: { "the-plan": over.issue ?? GOOD },
    sourceTexts: { "a.txt": ARTICLE, "b.txt": STATEMENT },
  });
}

/** The one problem the data has, which must name the file, line and field. */
function onlyProblem(f: DataFiles): DataProblem {
  const problems = problemsIn(f);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

const withIssue = (from: string, to: string) => {
  expect(GOOD).toContain(from);
  return files({ issue: GOOD.replace(from, to) });
};

describe("checkMethod", () => {
  it("accepts data that follows every rule", () => {
    expect(problemsIn(files())).toEqual([]);
  });

  it("refuses a stance that rests on commentary alone", () => {
    const p = onlyProblem(withIssue("the plan.\"\n        kind: reporting", "the plan.\"\n        kind: commentary"));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 11, field: "cells[0].citations" });
    expect(p.message).toMatch(/rests on commentary alone/);
  });

  it("refuses a speaker on a citation that is not own words, and points to `about`", () => {
    const f = withIssue("the plan.\"\n        kind: reporting", "the plan.\"\n        speaker: Vladimir Putin\n        kind: reporting");
    const p = onlyProblem(f);
    expect(p).toMatchObject({ line: 13, field: "cells[0].citations[0].speaker" });
    expect(p.message).toMatch(/own words only.*"about"/);
    expect(problemsIn(withIssue("the plan.\"\n        kind: reporting", "the plan.\"\n        about: Vladimir Putin\n        kind: reporting"))).toEqual([]);
  });

  it("refuses own words from a news report that run outside its quotation marks, naming the words outside", () => {
    const f = withIssue("quote: \"“unacceptable in every part”\"", "quote: \"Kyiv said the plan was “unacceptable in every part”\"");
    const p = onlyProblem(f);
    expect(p).toMatchObject({ line: 24, field: "cells[1].citations[1].kind" });
    expect(p.message).toContain('"Kyiv said the plan was "');
    expect(p.message).toMatch(/Trim the quote to the quoted words, or make it "reporting"/);
  });

  it("refuses own words quoted by a report without a speaker", () => {
    const p = onlyProblem(withIssue("        speaker: A minister\n", ""));
    expect(p).toMatchObject({ line: 21, field: "cells[1].citations[1].speaker" });
  });

  it("takes own words from a party's own statement only for that party, or for a document it wrote", () => {
    const p = onlyProblem(withIssue(
      "Moscow rejected the plan.\"\n        kind: reporting",
      "Moscow rejected the plan.\"\n        kind: reporting\n      - source: statement\n        quote: The parties agreed to meet again.\n        kind: own-words",
    ));
    expect(p).toMatchObject({ field: "cells[0].citations[1].kind" });
    expect(p.message).toContain("the own statement of ukraine, not of russia");
  });

  it("refuses a quote that leaves out the hedge opening its sentence, and says which words", () => {
    const p = onlyProblem(withIssue("\"Emerging details suggest that Moscow rejected the plan.\"", "\"Moscow rejected the plan.\""));
    expect(p).toMatchObject({ line: 12, field: "cells[0].citations[0].quote" });
    expect(p.message).toContain('"Emerging details suggest that"');
    expect(p.message).toContain('the hedge "suggest that"');
  });

  it("applies the hedge rule to timeline events too", () => {
    const timeline = TIMELINE.replace("Kyiv said the plan was “unacceptable in every part” and left.", "Moscow rejected the plan.");
    const p = onlyProblem(files({ timeline }));
    expect(p).toMatchObject({ file: "data/timeline.yaml", field: "[0].citations[0].quote" });
  });

  it("makes a cell that cites a disputed passage say so, and only such a cell", () => {
    const disputed = issue(cell("russia", "supports", cite("article", "The plan puts the held share at 25 percent.", "reporting")));
    const p = onlyProblem(files({ issue: disputed }));
    expect(p).toMatchObject({ field: "cells[0].disagreement", line: 7 });
    expect(p.message).toContain('"Gives the share two ways."');
    const said = disputed.replace("    citations:", "    disagreement: The article gives two shares.\n    citations:");
    expect(problemsIn(files({ issue: said }))).toEqual([]);
    const p2 = onlyProblem(files({ issue: GOOD.replace("    citations:", "    disagreement: None really.\n    citations:") }));
    expect(p2).toMatchObject({ field: "cells[0].disagreement", line: 10 });
    expect(p2.message).toMatch(/no passage this cell cites is recorded as disputed/);
  });

  it("checks that a source names its author or publisher, or says it is anonymous", () => {
    const p = onlyProblem(files({ sources: SOURCES.replace("  anonymous: true\n", "") }));
    expect(p).toMatchObject({ file: "data/sources.yaml", line: 1, field: "[0].anonymous" });
    const p2 = onlyProblem(files({ sources: SOURCES.replace("publisher: Kyiv", "publisher: Kyiv\n  anonymous: true") }));
    expect(p2).toMatchObject({ field: "[1].anonymous", line: 19 });
  });

  it("checks that only a party's own statement says whose it is", () => {
    expect(onlyProblem(files({ sources: SOURCES.replace("  statementOf: [ukraine]\n", "") }))).toMatchObject({ field: "[1].statementOf" });
    const p = onlyProblem(files({ sources: SOURCES.replace("  kind: news-report", "  kind: news-report\n  statementOf: [russia]") }));
    expect(p).toMatchObject({ field: "[0].statementOf", line: 9 });
    expect(onlyProblem(files({ sources: SOURCES.replace("[ukraine]", "[kyiv-plan]") }))).toMatchObject({ field: "[1].statementOf[0]" });
  });

  it("checks a known problem's passages: at least two, each found in its source", () => {
    const one = SOURCES.replace("        - quote: says 20 percent\n", "");
    expect(onlyProblem(files({ sources: one }))).toMatchObject({ field: "[0].problems[0].passages", line: 13 });
    const missing = SOURCES.replace("says 20 percent", "says 30 percent");
    expect(onlyProblem(files({ sources: missing }))).toMatchObject({ field: "[0].problems[0].passages[1].quote", line: 14 });
  });

  it("checks each position's scope and a document's authors", () => {
    const p = onlyProblem(files({ positions: POSITIONS.replace("scope: What Russian officials say.", "scope: What they say. And more.") }));
    expect(p).toMatchObject({ file: "data/positions.yaml", line: 5, field: "[0].scope" });
    expect(onlyProblem(files({ positions: POSITIONS.replace("  authors: [ukraine]\n", "") }))).toMatchObject({ field: "[2].authors" });
    expect(onlyProblem(files({ positions: POSITIONS.replace("[ukraine]", "[kyiv-plan]") }))).toMatchObject({ field: "[2].authors[0]" });
  });
});
