import { describe, expect, it } from "vitest";
import { byDivergence, compareStances, countAgreements, MAX_DIVERGENCE, STANCE_SCALE } from "./compare";
import { STANCES } from "./vocab";

describe("compareStances", () => {
  it("counts two or more addressing positions with one stance as agreement", () => {
    expect(compareStances(["supports", "supports", "not-addressed"])).toMatchObject({ agreement: "agree", addressed: 2, divergence: 0 });
    expect(compareStances(["ambiguous", "ambiguous"]).agreement).toBe("agree");
  });

  it("counts two or more addressing positions with different stances as divergence", () => {
    expect(compareStances(["supports", "conditional"])).toMatchObject({ agreement: "diverge", divergence: 1 });
    expect(compareStances(["supports", "rejects", "not-addressed"])).toMatchObject({ agreement: "diverge", divergence: 3 });
  });

  it("never counts silence: fewer than two addressing positions are too few to compare", () => {
    expect(compareStances(["supports", "not-addressed", "not-addressed"])).toEqual({ agreement: "few", addressed: 1, divergence: null, pairDistance: 0 });
    expect(compareStances([]).agreement).toBe("few");
    expect(compareStances(["not-addressed", "not-addressed"]).agreement).toBe("few");
  });

  it("measures divergence as the distance between the two stances furthest apart", () => {
    expect(compareStances(["supports", "alternative", "conditional"]).divergence).toBe(2);
    expect(compareStances(["ambiguous", "rejects"]).divergence).toBe(1.5);
  });

  it("sums the distances over every pair as the tie-breaker", () => {
    // supports–rejects 3, supports–rejects 3, rejects–rejects 0
    expect(compareStances(["supports", "rejects", "rejects"]).pairDistance).toBe(6);
  });
});

describe("STANCE_SCALE", () => {
  it("places every stance but silence on the scale between 0 and 3", () => {
    for (const s of STANCES) {
      const v = STANCE_SCALE[s];
      if (s === "not-addressed") expect(v).toBeNull();
      else {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(MAX_DIVERGENCE);
      }
    }
  });
});

describe("byDivergence", () => {
  it("puts the most divergent first, then the one with more parties at odds, and too-few last", () => {
    const far = compareStances(["supports", "rejects"]);
    const farter = compareStances(["supports", "rejects", "rejects"]);
    const near = compareStances(["supports", "conditional"]);
    const agree = compareStances(["rejects", "rejects"]);
    const few = compareStances(["rejects"]);
    const sorted = [few, near, agree, far, farter].sort(byDivergence);
    expect(sorted).toEqual([farter, far, near, agree, few]);
  });

  it("returns 0 for equal comparisons so the caller's tie-breaker decides", () => {
    expect(byDivergence(compareStances(["supports", "rejects"]), compareStances(["rejects", "supports"]))).toBe(0);
    expect(byDivergence(compareStances([]), compareStances(["supports"]))).toBe(0);
  });
});

describe("countAgreements", () => {
  it("counts each kind of comparison", () => {
    const counts = countAgreements([
      compareStances(["supports", "supports"]),
      compareStances(["supports", "rejects"]),
      compareStances(["supports", "rejects"]),
      compareStances([]),
    ]);
    expect(counts).toEqual({ agree: 1, diverge: 2, few: 1 });
  });
});
