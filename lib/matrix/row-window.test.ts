import { describe, expect, it } from "vitest";
import { averageHeight, computeWindow } from "./row-window";

const keys = Array.from({ length: 100 }, (_, i) => `r${i}`);
const none = new Map<string, number>();

describe("computeWindow", () => {
  it("renders the rows on screen plus the overscan, with spacers for the rest", () => {
    const w = computeWindow({ keys, heights: none, estimate: 100, viewTop: 1000, viewBottom: 1500, overscan: 200 });
    expect(w).toEqual({ start: 8, end: 17, before: 800, after: 8300 });
  });

  it("accounts for the whole table: spacers and rendered rows add up to its height", () => {
    const heights = new Map(keys.map((k, i) => [k, 50 + (i % 7) * 10]));
    const total = [...heights.values()].reduce((a, b) => a + b, 0);
    const w = computeWindow({ keys, heights, estimate: 80, viewTop: 2000, viewBottom: 2600, overscan: 300 });
    const rendered = keys.slice(w.start, w.end).reduce((s, k) => s + heights.get(k)!, 0);
    expect(w.before + rendered + w.after).toBe(total);
    expect(w.before).toBeLessThanOrEqual(1700);
    expect(w.before + rendered).toBeGreaterThanOrEqual(2900);
  });

  it("uses measured heights where it has them and the estimate elsewhere", () => {
    const heights = new Map([["r0", 400]]);
    const w = computeWindow({ keys, heights, estimate: 100, viewTop: 0, viewBottom: 450, overscan: 0 });
    expect(w).toMatchObject({ start: 0, end: 2, before: 0 });
    expect(w.after).toBe(98 * 100);
  });

  it("renders from the top at the top, and the last rows when scrolled past the end", () => {
    expect(computeWindow({ keys, heights: none, estimate: 10, viewTop: 0, viewBottom: 50, overscan: 0 }).start).toBe(0);
    const past = computeWindow({ keys, heights: none, estimate: 10, viewTop: 5000, viewBottom: 5500, overscan: 0 });
    expect(past).toMatchObject({ start: 99, end: 100, before: 990, after: 0 });
  });

  it("renders nothing for no rows", () => {
    expect(computeWindow({ keys: [], heights: none, estimate: 10, viewTop: 0, viewBottom: 50, overscan: 0 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
    });
  });
});

describe("averageHeight", () => {
  it("averages the measured heights, or gives the fallback", () => {
    expect(averageHeight(new Map([["a", 10], ["b", 30]]), 99)).toBe(20);
    expect(averageHeight(new Map(), 99)).toBe(99);
  });
});
