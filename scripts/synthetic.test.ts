import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "../lib/load/build";
import { readDataFiles } from "../lib/load/load";
import { generateDataset, HOSTILE } from "./synthetic";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function load(files: Map<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "synthetic-"));
  dirs.push(dir);
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return buildDataset(readDataFiles(dir));
}

describe("generateDataset", () => {
  it("writes data the loader accepts, with the issues and positions asked for", () => {
    const data = load(generateDataset({ issues: 60, positions: 7 }));
    expect(data.issues).toHaveLength(60);
    expect(data.positions).toHaveLength(7);
    for (const issue of data.issues) expect(Object.keys(issue.cells)).toHaveLength(7);
  });

  it("cites passages that are really in the source texts", () => {
    const data = load(generateDataset({ issues: 20, positions: 4, seed: 7 }));
    const texts = new Map(data.sources.map((s) => [s.id, s.text]));
    const citations = data.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations));
    expect(citations.length).toBeGreaterThan(20);
    for (const c of citations) {
      const passage = texts.get(c.source)!.slice(c.start, c.end).replace(/\s+/g, " ");
      expect(passage).toBe(c.quote);
    }
  });

  it("gives the same files for the same seed", () => {
    expect(generateDataset({ issues: 5, positions: 3, seed: 3 })).toEqual(generateDataset({ issues: 5, positions: 3, seed: 3 }));
  });

  it("puts markup into titles, a summary and a cited quote when asked to be hostile", () => {
    const data = load(generateDataset({ issues: 4, positions: 3, hostile: true }));
    const first = data.issues.find((i) => i.title === HOSTILE.issueTitle)!;
    const cell = Object.values(first.cells).find((c) => c.summary === HOSTILE.summary)!;
    expect(cell.citations[0]!.quote).toContain(HOSTILE.quote);
    expect(data.sources.map((s) => s.title)).toContain(HOSTILE.sourceTitle);
    expect(data.categories.map((c) => c.title)).toContain(HOSTILE.categoryTitle);
    expect(data.events.map((e) => e.title)).toContain(HOSTILE.eventTitle);
  });
});
