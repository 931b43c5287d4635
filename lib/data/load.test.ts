import { describe, expect, it } from "vitest";
import { loadDataset } from "./load";

describe("loadDataset", () => {
  it("loads the project's data with every quote found in its source", () => {
    const data = loadDataset();
    for (const issue of data.issues)
      for (const cell of Object.values(issue.cells))
        for (const c of cell.citations) {
          const source = data.sources.find((s) => s.id === c.source)!;
          expect(source.text.slice(c.start, c.end).replace(/\s+/g, " ")).toBe(c.quote.replace(/\s+/g, " ").trim());
        }
    expect(data.issues.length).toBeGreaterThan(0);
  });
});
