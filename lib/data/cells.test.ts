import { describe, expect, it } from "vitest";
import { cellOf } from "./cells";

const issue = { slug: "crimea", cells: { ukraine: { stance: "rejects" } } };

describe("cellOf", () => {
  it("gives the issue's cell for a position", () => {
    expect(cellOf(issue, "ukraine")).toBe(issue.cells.ukraine);
  });

  it("names the issue and the position when the cell the loader guarantees is missing", () => {
    expect(() => cellOf(issue, "russia")).toThrow(/issue "crimea" has no cell for position "russia"/);
  });
});
