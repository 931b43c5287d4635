import { describe, expect, it } from "vitest";
import { compareStances } from "../data/compare";
import type { Stance } from "../data/vocab";
import { splitHeadline } from "./headline";

const row = (title: string, ...stances: Stance[]) => ({ issue: { title }, comparison: compareStances(stances) });

describe("splitHeadline", () => {
  it("counts the splits, names the widest first, and counts silence apart from agreement", () => {
    const rows = [
      row("Narrow", "supports", "conditional"),
      row("Wide", "supports", "rejects"),
      row("Same", "rejects", "rejects"),
      row("Quiet", "supports", "not-addressed"),
    ];
    expect(splitHeadline(rows, 2)).toBe(
      "The two shown positions split on 2 of 4 issues, widest on Wide and Narrow; they agree on 1; on 1 the sources give fewer than two of them a stance.",
    );
  });

  it("names at most three issues and says so when nothing splits", () => {
    const wide = ["A", "B", "C", "D"].map((t) => row(t, "supports", "rejects", "supports"));
    expect(splitHeadline(wide, 3)).toMatch(/^The 3 shown positions split on 4 of 4 issues, widest on A, B and C; they agree on 0\.$/);
    expect(splitHeadline([row("Same", "supports", "supports")], 2)).toBe("The two shown positions split on none of 1 issue; they agree on 1.");
  });

  it("asks for a second position, and says when no issue is shown", () => {
    expect(splitHeadline([row("A", "supports")], 1)).toMatch(/at least two positions/);
    expect(splitHeadline([], 4)).toBe("No issue matches this view.");
  });
});
