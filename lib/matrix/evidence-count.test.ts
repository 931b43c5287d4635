import { describe, expect, it } from "vitest";
import { cellCount } from "./evidence-count";
import { fixture } from "./fixture.test-data";

describe("cellCount", () => {
  it("counts a stated cell's citations", () => {
    expect(cellCount(fixture.issues[3]!.cells.alpha!)).toBe("2 citations");
    expect(cellCount(fixture.issues[0]!.cells.beta!)).toBe("1 citation");
  });

  it("leaves commentary out of the count and says so", () => {
    const cell = fixture.issues[0]!.cells.beta!;
    const withCommentary = {
      ...cell,
      citations: [...cell.citations, { ...cell.citations[0]!, kind: "commentary" as const }],
    };
    expect(cellCount(withCommentary)).toBe("1 citation + 1 commentary, not counted");
  });

  it("is null for a cell that cites nothing", () => {
    expect(cellCount(fixture.issues[1]!.cells.gamma!)).toBeNull();
  });
});
