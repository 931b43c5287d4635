import { describe, expect, it } from "vitest";
import { median, percentile, summarize } from "./stats";

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([40, 10, 30, 20], 100)).toBe(40);
    expect(percentile([5], 99)).toBe(5);
  });

  it("is not a number for no samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("median", () => {
  it("is the middle sample of an odd count, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe("summarize", () => {
  it("gives count, median, 95th percentile and range", () => {
    const s = summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100]);
    expect(s).toMatchObject({ n: 20, median: 10.5, min: 1, max: 100 });
    expect(s.p95).toBeCloseTo(23.05);
  });
});
