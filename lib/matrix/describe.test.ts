import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { exportFileName } from "../export/csv";
import { describeView, describeViewForFileName } from "./describe";
import { defaultView, viewContext, type View } from "./view";

const view = (patch: Partial<View> = {}): View => ({ ...defaultView(viewContext(fixture)), ...patch });

describe("describeView", () => {
  it("says nothing about the default view", () => {
    expect(describeView(view(), fixture)).toEqual([]);
  });

  it("names each active setting in words", () => {
    expect(
      describeView(view({ compare: ["alpha", "beta"], show: "diverge", categories: ["money"], stances: ["rejects"], q: " fund ", sort: "divergence", desc: true }), fixture),
    ).toEqual([
      "Comparing Alpha and Beta",
      "Only issues where the shown positions diverge",
      "Categories: Money",
      "Stances: Rejects",
      "Search: “fund”",
      "Sorted by divergence, most divergent first",
    ]);
  });
});

describe("describeViewForFileName", () => {
  it("is empty for the whole matrix", () => {
    expect(describeViewForFileName(view(), fixture)).toBe("");
  });

  it("names what the view holds in a few words", () => {
    expect(describeViewForFileName(view({ show: "diverge" }), fixture)).toBe("divergent");
    expect(describeViewForFileName(view({ compare: ["alpha", "gamma"], show: "agree" }), fixture)).toBe("Alpha vs Gamma agreed");
    expect(describeViewForFileName(view({ categories: ["land"], q: "Café line " }), fixture)).toBe("land search Café line");
  });

  it("makes a file name whose words keep their letters, Ukrainian ones included", () => {
    const words = describeViewForFileName(view({ q: "Зеленський Київ" }), fixture);
    expect(exportFileName("positions-matrix", new Date(2025, 11, 3), words)).toBe("positions-matrix-2025-12-03-search-зеленський-київ.csv");
  });
});
