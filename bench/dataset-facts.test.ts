import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib/load/load";
import { datasetFacts, datasetNames, pagesToMeasure } from "./dataset-facts";

const data = loadDataset();

describe("datasetFacts", () => {
  it("counts issues, positions and sources as the dataset has them", () => {
    const facts = datasetFacts(data);
    expect(facts).toMatchObject({ issues: data.issues.length, positions: data.positions.length, sources: data.sources.length });
    expect(facts.citations).toBeGreaterThan(0);
  });
});

describe("pagesToMeasure", () => {
  it("names the matrix, an existing issue and an existing source", () => {
    const [matrix, issue, source] = pagesToMeasure(data);
    expect(matrix!.path).toBe("/");
    expect(data.issues.map((i) => `/issues/${i.slug}`)).toContain(issue!.path);
    expect(data.sources.map((s) => `/sources/${s.id}`)).toContain(source!.path);
  });
});

describe("datasetNames", () => {
  it("searches for a word that some issue titles contain but not most", () => {
    const { searchTerm } = datasetNames(data);
    const hits = data.issues.filter((i) => i.title.toLowerCase().includes(searchTerm)).length;
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(data.issues.length);
  });

  it("offers both names of a real column", () => {
    const { column } = datasetNames(data);
    const position = data.positions.find((p) => p.label === column[0])!;
    expect(column).toContain(position.shortLabel);
  });
});
