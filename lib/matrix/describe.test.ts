import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { exportFileName } from "../export/csv";
import { describeView, describeViewForFileName } from "./describe";
import { defaultView, viewContext, type View } from "./view";

/** Every column shown: the whole matrix. */
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(viewContext(fixture)), positions: ["alpha", "beta", "gamma"], ...patch });

describe("describeView", () => {
  it("says nothing about the whole matrix, and names the columns of the default view when some are left out", () => {
    expect(describeView(view(), fixture)).toEqual([]);
    expect(describeView(defaultView(viewContext(fixture)), fixture)).toEqual(["Positions: Alpha, Beta"]);
  });

  it("names each active setting in words", () => {
    expect(
      describeView(
        view({ compare: ["alpha", "beta"], quotes: true, show: "diverge", categories: ["money"], stances: ["rejects"], strengths: ["own-words", "single-report"], q: " fund ", sort: "divergence", desc: true }),
        fixture,
      ),
    ).toEqual([
      "Comparing Alpha and Beta",
      "Quotes side by side",
      "Only issues where the shown positions diverge",
      "Categories: Money",
      "Stances: Rejects",
      "Evidence: Own words, Single report",
      "Search: “fund”",
      "Sorted by divergence, most divergent first",
    ]);
    expect(describeView(view({ sort: "strength", desc: false }), fixture)).toEqual(["Sorted by evidence, weakest first"]);
  });

  it("names no search of single letters, which filters nothing", () => {
    expect(describeView(view({ q: "f", sort: "title" }), fixture)).not.toContainEqual(expect.stringContaining("Search"));
  });
});

describe("describeViewForFileName", () => {
  it("is empty for the default view, and counts the columns of any other choice", () => {
    expect(describeViewForFileName(defaultView(viewContext(fixture)), fixture)).toBe("");
    expect(describeViewForFileName(view(), fixture)).toBe("3 positions");
  });

  it("names what the view holds in a few words", () => {
    expect(describeViewForFileName(view({ show: "diverge", positions: ["alpha", "beta"] }), fixture)).toBe("divergent");
    expect(describeViewForFileName(view({ compare: ["alpha", "gamma"], show: "agree" }), fixture)).toBe("Alpha vs Gamma agreed");
    expect(describeViewForFileName(view({ categories: ["land"], q: "Café line ", positions: ["alpha", "beta"] }), fixture)).toBe("land search Café line");
    expect(describeViewForFileName(view({ strengths: ["own-words"], positions: ["alpha", "beta"] }), fixture)).toBe("own-words");
  });

  it("makes a file name whose words keep their letters, Ukrainian ones included", () => {
    const words = describeViewForFileName(view({ q: "Зеленський Київ", positions: ["alpha", "beta"] }), fixture);
    expect(exportFileName("positions-matrix", new Date(2025, 11, 3), words)).toBe("positions-matrix-2025-12-03-search-зеленський-київ.csv");
  });
});
