import { describe, expect, it } from "vitest";
import { loadDataset } from "../load/load";
import { citationTotal, coverage } from "./coverage";

describe("citationTotal", () => {
  const data = loadDataset();
  const total = citationTotal(data);

  it("counts every cited passage of the matrix's cells and of the timeline, once", () => {
    const matrix = data.issues.flatMap((i) => Object.values(i.cells)).reduce((n, c) => n + c.citations.length, 0);
    const timeline = data.events.flatMap((e) => e.citations).length;
    expect([total.matrix, total.timeline, total.all]).toEqual([matrix, timeline, matrix + timeline]);
    expect(total.timeline).toBeGreaterThan(0);
  });

  it("is the count the coverage summary gives, and says what it counts in its words", () => {
    expect(coverage(data).citations).toBe(total.all);
    expect(total.words).toBe(`${total.all} citations: ${total.matrix} in the matrix's cells, ${total.timeline} on the timeline`);
  });
});
