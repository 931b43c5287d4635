import { describe, expect, it } from "vitest";
import { byEvidence, cellWeight, evidenceRank } from "./evidence-rank";

const s = (level: "own-words" | "reported" | "single-report" | "not-stated", anonymous = false) => ({ strength: { level, anonymous } });

describe("cellWeight", () => {
  it("weighs own words over several reports over one, and an anonymous source half a step less", () => {
    expect(cellWeight(s("own-words").strength)).toBe(3);
    expect(cellWeight(s("reported").strength)).toBe(2);
    expect(cellWeight(s("single-report").strength)).toBe(1);
    expect(cellWeight(s("single-report", true).strength)).toBe(0.5);
    expect(cellWeight(s("not-stated").strength)).toBeNull();
  });
});

describe("evidenceRank", () => {
  it("ranks an issue by its weakest stated cell, silent cells left out", () => {
    expect(evidenceRank([s("own-words"), s("single-report"), s("not-stated")])).toEqual({ weakest: 1, mean: 2 });
  });

  it("has no rank when no shown position states a stance", () => {
    expect(evidenceRank([s("not-stated"), s("not-stated")])).toBeNull();
    expect(evidenceRank([])).toBeNull();
  });
});

describe("byEvidence", () => {
  it("puts the weakest first, and breaks ties by the mean", () => {
    const ranks = [evidenceRank([s("own-words"), s("reported")])!, evidenceRank([s("single-report", true)])!, evidenceRank([s("own-words"), s("single-report")])!, evidenceRank([s("reported"), s("single-report")])!];
    expect([...ranks].sort(byEvidence)).toEqual([ranks[1], ranks[3], ranks[2], ranks[0]]);
  });
});
