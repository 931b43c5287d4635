// Each test copies the real data folder and runs the whole data check, several times: slow on a busy machine.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDataFiles } from "../load/load";
import { buildDataset } from "../load/build";
import { addCitation, startIssue, type CellCitation } from "./code-cell";
import { copyOfData } from "./fixture.test-data";

let folder: ReturnType<typeof copyOfData>;
beforeEach(() => (folder = copyOfData()));
afterEach(() => folder.remove());

const fresh = () => buildDataset(readDataFiles(folder.dir));
const issueText = (slug: string) => readFileSync(path.join(folder.dir, "issues", `${slug}.yaml`), "utf8");
/** Whether `a`'s lines all appear in `b`, in order: the edit only added lines. */
const onlyAdded = (a: string, b: string) => {
  const lines = b.split("\n");
  let i = 0;
  return a.split("\n").every((line) => {
    while (i < lines.length && lines[i] !== line) i++;
    return i++ < lines.length;
  });
};

const ECHOES = "historical-echoes";
const HEDGED = "At that summit, President Putin reportedly offered a path to ending the war conditional upon Ukraine ceding the entirety of the Donbas region";
const request = (over: Partial<CellCitation> & { quote?: string; kind?: CellCitation["citation"]["kind"] }): CellCitation => ({
  issue: "donbas",
  position: "european-counter-proposal",
  stance: "supports",
  summary: "A summary in our words.",
  ...over,
  citation: { source: ECHOES, quote: over.quote ?? HEDGED, kind: over.kind ?? "reporting", ...over.citation },
});

describe("addCitation", { timeout: 60_000 }, () => {
  it("refuses a passage the cell already cites, and writes nothing", () => {
    const before = issueText("donbas");
    const result = addCitation(folder.dir, request({ position: "russia", stance: undefined, summary: undefined, citation: { about: "President Putin" } as never }));
    expect(result.written).toBe(false);
    expect(issueText("donbas")).toBe(before);
  });

  it("writes the citation into the cell, keeping every line of the file as it was", () => {
    const before = issueText("donbas");
    // The Ukraine cell cites the whole sentence; this adds its first clause beside it.
    const result = addCitation(folder.dir, request({ position: "ukraine", stance: undefined, summary: undefined, citation: { about: "President Putin" } as never }));
    expect(result).toMatchObject({ written: true });
    expect(onlyAdded(before, issueText("donbas"))).toBe(true);
    const cell = fresh().issues.find((i) => i.slug === "donbas")!.cells.ukraine!;
    expect(cell.citations.filter((c) => c.quote === HEDGED && c.about === "President Putin")).toHaveLength(1);
  });

  it("sets the stance and summary of a cell the sources were silent on", () => {
    expect(addCitation(folder.dir, request({})).written).toBe(true);
    const cell = fresh().issues.find((i) => i.slug === "donbas")!.cells["european-counter-proposal"]!;
    expect(cell).toMatchObject({ stance: "supports", summary: "A summary in our words." });
    expect(cell.citations.map((c) => c.quote)).toEqual([HEDGED]);
  });

  it("refuses commentary as the only evidence of a stance, naming the rule, and writes nothing", () => {
    const before = issueText("donbas");
    const result = addCitation(folder.dir, request({ kind: "commentary" }));
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => p.rule)).toContain("Commentary cannot carry a stance");
    expect(issueText("donbas")).toBe(before);
  });

  it("refuses a quote that drops the hedge opening its sentence", () => {
    const result = addCitation(folder.dir, request({ quote: HEDGED.replace("At that summit, President Putin reportedly ", "") }));
    expect(result.problems.map((p) => p.rule)).toEqual(["Keep the hedge"]);
  });

  it("refuses an analysis' own sentences given as a party's own words", () => {
    const result = addCitation(folder.dir, request({ kind: "own-words", citation: { speaker: "Putin" } as never }));
    expect(result.problems.map((p) => p.rule)).toContain("Own words only");
  });

  it("refuses a silent cell's citation without a stance, and an unknown issue", () => {
    expect(addCitation(folder.dir, request({ stance: undefined })).problems[0]!.message).toMatch(/silent: choose the stance/);
    expect(addCitation(folder.dir, request({ issue: "no-such-issue" })).problems[0]!.message).toMatch(/no issue "no-such-issue"/);
  });
});

describe("startIssue", { timeout: 60_000 }, () => {
  const issue = { slug: "prisoner-exchange", title: "Prisoner exchange", definition: "Whether prisoners are exchanged.", proposition: "Prisoners are exchanged all for all.", category: "humanitarian" };

  it("writes a new issue file the data check accepts, with a silent cell for each complete position", () => {
    const complete = fresh().positions.filter((p) => p.complete).map((p) => p.slug);
    expect(startIssue(folder.dir, issue, complete)).toMatchObject({ written: true });
    const started = fresh().issues.find((i) => i.slug === issue.slug)!;
    expect(started.title).toBe(issue.title);
    expect(Object.values(started.cells).every((c) => c.stance === "not-addressed")).toBe(true);
    expect(issueText(issue.slug)).toMatch(/^# Prisoner exchange/);
  });

  it("refuses a slug that is taken and a category that does not exist", () => {
    expect(startIssue(folder.dir, { ...issue, slug: "donbas" }, []).problems[0]!.message).toMatch(/exists already/);
    const result = startIssue(folder.dir, { ...issue, category: "nowhere" }, []);
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => p.message).join()).toMatch(/nowhere/);
  });
});
