import { describe, expect, it } from "vitest";
import { buildDataset, type DataFiles } from "./build";
import type { DataProblem } from "./problems";
import { dataFiles, problemsIn } from "./files.test-data";

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

type Over = { sources?: string; positions?: string; categories?: string; timeline?: string; issues?: Record<string, string> };

function files(over: Over = {}, extra: Partial<DataFiles> = {}): DataFiles {
  return {
    ...dataFiles({
      sources: over.sources ?? SOURCES,
      positions: over.positions ?? POSITIONS,
      categories: over.categories ?? CATEGORIES,
      timeline: over.timeline ?? TIMELINE,
      issues: over.issues ?? { "the-plan": ISSUE },
      sourceTexts: { "a.txt": SOURCE },
    }),
    ...extra,
  };
}

function problemsOf(f: DataFiles): DataProblem[] {
  const problems = problemsIn(f);
  if (problems.length === 0) throw new Error("expected the data to be refused");
  return problems;
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

  it("refuses free text past its cap, naming file, line, field and the cap, without printing the text", () => {
    const notes = "A note pasted twice. ".repeat(500);
    const [p] = problemsOf(files({ sources: SOURCES.replace("  problems: []", `  notes: "${notes}"\n  problems: []`) }));
    expect(p).toEqual({ file: "data/sources.yaml", line: 10, field: "[0].notes", message: `expected notes of at most 4,000 characters (it has ${notes.length} characters)` });
    const [q] = problemsOf(issueWith("kind: reporting", `kind: reporting\n        speaker: ${"Sergei ".repeat(40)}`));
    expect(q).toMatchObject({ file: "data/issues/the-plan.yaml", line: 16, field: "cells[0].citations[0].speaker", message: expect.stringMatching(/^expected a name of at most 200 characters \(it has 2\d\d characters\)$/) });
  });

  it("names file and line for malformed YAML", () => {
    const [p] = problemsOf(issueWith("title: The plan", "title: The plan: part two"));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 2 });
    expect(p!.message).toMatch(/malformed YAML/);
  });

  it("names the line of a key written twice", () => {
    const [p] = problemsOf(issueWith("aliases: [old-plan]", "aliases: [old-plan]\ntitle: Again"));
    expect(p).toMatchObject({ file: "data/issues/the-plan.yaml", line: 7 });
    expect(p!.message).toMatch(/the field "title" is written twice/);
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

  it("refuses an alias that is another issue's slug, reported against the alias", () => {
    const other = ISSUE.replace("slug: the-plan", "slug: old-plan").replace("aliases: [old-plan]", "aliases: []");
    // The file with the alias sorts after the one it collides with, so the order of reading cannot decide.
    const problems = problemsOf(files({ issues: { "old-plan": other, "the-plan": ISSUE } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "data/issues/the-plan.yaml", line: 6, field: "aliases[0]" });
    expect(problems[0]!.message).toMatch(/alias "old-plan" is the slug of another issue, data\/issues\/old-plan.yaml/);
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

  it("refuses a month or a day that is not on the calendar, and accepts 29 February in a leap year", () => {
    const [month] = problemsOf(files({ timeline: TIMELINE.replace('date: "2025-12-02"', 'date: "2025-13-45"') }));
    expect(month).toMatchObject({ file: "data/timeline.yaml", line: 2, field: "[0].date" });
    expect(month!.message).toContain("there is no month 13");
    const [day] = problemsOf(files({ sources: SOURCES.replace('"2025-12-02"', '"2024-02-30"') }));
    expect(day).toMatchObject({ file: "data/sources.yaml", line: 6, field: "[0].date.value" });
    expect(day!.message).toContain("February 2024 has 29 days");
    expect(buildDataset(files({ timeline: TIMELINE.replace('date: "2025-12-02"', 'date: "2024-02-29"') })).events[0]!.date).toBe("2024-02-29");
  });

  it("refuses a quote of only spaces or line breaks, and a blank prefix", () => {
    const [blank] = problemsOf(issueWith("quote: Moscow rejected the plan.", 'quote: "\\n\\n\\n\\n\\n\\n\\n\\n\\n"'));
    expect(blank).toMatchObject({ line: 13, field: "cells[0].citations[0].quote" });
    expect(blank!.message).toMatch(/at least 8 characters besides spaces.*it is only spaces/);
    const [prefix] = problemsOf(issueWith("        suffix: Kyiv said", '        prefix: "   "'));
    expect(prefix).toMatchObject({ line: 14, field: "cells[0].citations[0].prefix" });
    expect(prefix!.message).toMatch(/^only spaces/);
  });

  it("refuses any text of only spaces, such as a title, once per field", () => {
    const problems = problemsOf(issueWith("title: The plan", 'title: "   "'));
    expect(problems).toEqual([expect.objectContaining({ line: 2, field: "title", message: expect.stringMatching(/^only spaces/) })]);
  });

  it("reads a file with Windows line ends as it reads one with Unix line ends", () => {
    const crlf = buildDataset(files({ issues: { "the-plan": ISSUE.replace(/\n/g, "\r\n") } }));
    expect(crlf.issues).toEqual(buildDataset(files()).issues);
  });

  it("refuses a quote that starts or ends inside a word, showing the whole words", () => {
    const [p] = problemsOf(issueWith("quote: Moscow rejected the plan.", "quote: oscow rejected the plan."));
    expect(p).toMatchObject({ line: 13, field: "cells[0].citations[0].quote" });
    expect(p!.message).toContain('inside a word in data/sources/a.txt (line 1): quote whole words, e.g. "Moscow rejected the plan."');
  });

  it("says a prefix does not match, at the prefix's line, with the text that really precedes the quote", () => {
    const [p] = problemsOf(issueWith("        suffix: Kyiv said", "        prefix: Again."));
    expect(p).toMatchObject({ line: 14, field: "cells[0].citations[0].prefix" });
    expect(p!.message).toContain('the prefix "Again." does not match the text before the quote');
    expect(p!.message).toContain("line 1: (the start of the text)");
    expect(p!.message).toContain('line 2: "the plan. Kyiv said the plan was unacceptable. Later,"');
    expect(p!.message).not.toContain("verbatim");
  });

  it("refuses two positions with the same label or short label, at the second one's line", () => {
    const sameLabel = problemsOf(files({ positions: POSITIONS.replace("label: Ukraine's position", "label: Russia's position") }));
    expect(sameLabel).toEqual([expect.objectContaining({ line: 11, field: "[1].label" })]);
    expect(sameLabel[0]!.message).toContain('is also the label of position "russia"');
    const sameShort = problemsOf(files({ positions: POSITIONS.replace("shortLabel: Ukraine", "shortLabel: russia") }));
    expect(sameShort).toEqual([expect.objectContaining({ line: 12, field: "[1].shortLabel" })]);
  });

  it("reports a bad entry in sources.yaml once, without follow-on problems in the files that cite it", () => {
    const problems = problemsOf(files({ sources: SOURCES.replace("kind: analysis", "kind: blog") }));
    expect(problems).toEqual([expect.objectContaining({ file: "data/sources.yaml", line: 7, field: "[0].kind" })]);
  });

  it("reports malformed YAML in positions.yaml once, with advice, and nothing about the cells that name positions", () => {
    const problems = problemsOf(files({ positions: POSITIONS.replace("label: Russia's position", "label: Russia: its position") }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "data/positions.yaml", line: 2 });
    expect(problems[0]!.message).toContain('a value that contains ": " must be in quotes');
  });

  it("reports a bad category file once, without an unknown category in every issue", () => {
    expect(problemsOf(files({ categories: CATEGORIES.replace("slug: process", "slug: Process") }))).toHaveLength(1);
  });

  it("reports a listed source file that is missing once, and leaves its quotes unchecked", () => {
    const problems = problemsOf(files({ sources: SOURCES.replace("file: a.txt", "file: b.txt") }));
    expect(problems).toEqual([expect.objectContaining({ file: "data/sources.yaml", line: 2, field: "[0].file" })]);
    expect(problems[0]!.message).toContain('did you mean "a.txt"?');
  });

  it("names the likely meant source, position or issue for a mistyped reference", () => {
    expect(problemsOf(issueWith("source: article", "source: artcle"))[0]!.message).toContain('unknown source "artcle": did you mean "article"?');
    expect(problemsOf(issueWith("position: russia", "position: rusia"))[0]!.message).toContain('did you mean "russia"?');
    expect(problemsOf(files({ timeline: TIMELINE.replace("[the-plan]", "[the-plans]") }))[0]!.message).toContain('did you mean "the-plan"?');
  });

  it("refuses an alias that is the issue's own slug, one listed twice, and one two issues share", () => {
    expect(problemsOf(issueWith("aliases: [old-plan]", "aliases: [the-plan]"))[0]!.message).toContain("this issue's own slug");
    expect(problemsOf(issueWith("aliases: [old-plan]", "aliases: [old-plan, old-plan]"))[0]).toMatchObject({ field: "aliases[1]" });
    const other = ISSUE.replace("slug: the-plan", "slug: other").replace("cells:", "cells: []").replace(/\n  - position[\s\S]*$/, "\n");
    const shared = problemsOf(files({ issues: { "the-plan": ISSUE, other } }));
    expect(shared).toEqual([expect.objectContaining({ file: "data/issues/other.yaml", field: "aliases[0]" })]);
    expect(shared[0]!.message).toContain("is also an alias of data/issues/the-plan.yaml");
  });

  it("tells a timeline event that names an issue by its former slug to use the current one", () => {
    const [p] = problemsOf(files({ timeline: TIMELINE.replace("[the-plan]", "[old-plan]") }));
    expect(p).toMatchObject({ file: "data/timeline.yaml", line: 5, field: "[0].issues[0]" });
    expect(p!.message).toContain('former slug of "the-plan": use "the-plan"');
  });

  it("reports a misspelt field once, at its own line, with the field it most likely meant", () => {
    const problems = problemsOf(issueWith("definition:", "defnition:"));
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: "defnition" })]);
    expect(problems[0]!.message).toBe('unknown field "defnition": did you mean "definition"?');
  });

  it("asks for quotes around a date written as a bare number", () => {
    const [p] = problemsOf(files({ timeline: TIMELINE.replace('date: "2025-12-02"', "date: 2025") }));
    expect(p!.message).toBe('expected text: put it in quotes, e.g. "2025" (got the number 2025)');
  });

  it("reports an empty file, a tab used to indent, a control character and an alias without an anchor, each once", () => {
    const one = (text: string) => {
      const problems = problemsOf(files({ issues: { "the-plan": text } }));
      expect(problems, text).toHaveLength(1);
      return problems[0]!;
    };
    expect(one("# nothing yet\n").message).toMatch(/the file is empty/);
    expect(one(ISSUE.replace("  - position: russia", "\t- position: russia"))).toMatchObject({ line: 8 });
    expect(one(ISSUE.replace("  - position: russia", "\t- position: russia")).message).toMatch(/indent with spaces only/);
    expect(one(ISSUE.replace("The plan", "The\u0000plan")).message).toMatch(/control character \(U\+0000\) at column 11/);
    expect(one(ISSUE.replace("title: The plan", "title: *plan"))).toMatchObject({ line: 2 });
  });

  it("reports a file that could not be read, and no follow-ons from references to its slug", () => {
    const unreadable = { file: "data/issues/the-plan.yml", line: 1, field: "", message: "not read: rename it to the-plan.yaml" };
    const f = files({}, { issues: [{ path: "data/issues/the-plan.yml", text: "", unreadable }] });
    expect(problemsOf(f)).toEqual([unreadable]);
  });

  it("refuses a source text whose SHA-256 differs from the one sources.yaml records, and leaves its quotes unchecked", () => {
    const recorded = SOURCES.replace("file: a.txt", `file: a.txt\n  sha256: ${"0f".repeat(32)}`);
    const problems = problemsOf(files({ sources: recorded }, { sourceHashes: { "a.txt": "f".repeat(64) } }));
    expect(problems).toEqual([expect.objectContaining({ file: "data/sources.yaml", line: 3, field: "[0].sha256" })]);
    expect(problems[0]!.message).toContain("data/sources/a.txt is not the copy recorded here");
    expect(problems[0]!.message).toContain("copy it again, byte for byte, from the corpus");
  });

  it("asks for the sha256 of a source read from disk that records none, giving its value", () => {
    const [p] = problemsOf(files({}, { sourceHashes: { "a.txt": "ab".repeat(32) } }));
    expect(p).toMatchObject({ file: "data/sources.yaml", line: 1, field: "[0]" });
    expect(p!.message).toContain(`add "sha256: ${"ab".repeat(32)}"`);
  });

  it("refuses a second YAML document in a file, true-or-false written as yes, and an over-long summary, saying what is right", () => {
    expect(problemsOf(issueWith("aliases: [old-plan]", "aliases: [old-plan]\n---\nslug: other"))[0]!.message).toContain('a second document starts here ("---")');
    const [yes] = problemsOf(files({ positions: POSITIONS.replace("order: 2", "order: 2\n  complete: yes") }));
    expect(yes).toMatchObject({ line: 19, field: "[1].complete" });
    expect(yes!.message).toBe('expected true or false (got the text "yes")');
    const [long] = problemsOf(issueWith("summary: Russia rejected the plan.", `summary: ${"x".repeat(300)}`));
    expect(long!.message).toBe("expected a summary of at most 280 characters (it has 300 characters)");
  });

  it("refuses two sources that share one text file", () => {
    const second = SOURCES.replace("id: article", "id: another");
    const problems = problemsOf(files({ sources: SOURCES + second }));
    expect(problems).toEqual([expect.objectContaining({ line: 12, field: "[1].file" })]);
    expect(problems[0]!.message).toContain('data/sources/a.txt is already the text of source "article"');
  });
});
