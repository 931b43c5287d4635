import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { matrixTableBuilder } from "./table";
import { defaultView, viewContext, type View } from "./view";

const view = (patch: Partial<View> = {}): View => ({ ...defaultView(viewContext(fixture)), ...patch });
const ALL = ["alpha", "beta", "gamma"];

describe("matrixTableBuilder", () => {
  it("builds the shown positions' rows, grouped by category unless sorted otherwise", () => {
    const build = matrixTableBuilder(fixture);
    const table = build(view({ positions: ["gamma", "alpha"] }));
    expect(table.shown).toEqual(["gamma", "alpha"]);
    expect(table.positions.map((p) => p.label)).toEqual(["Gamma draft", "Alpha plan"]);
    expect(table.options.data.map((r) => r.shown.length)).toEqual(fixture.issues.map(() => 2));
    expect(table.grouped).toBe(true);
    expect(table.options.state?.grouping).toEqual(["category"]);
    expect(build(view({ sort: "divergence", desc: true })).options.state?.sorting).toEqual([{ id: "divergence", desc: true }]);
  });

  it("keeps the rows' objects while the shown positions stay the same", () => {
    const build = matrixTableBuilder(fixture);
    const rows = build(view({ positions: ALL })).options.data;
    expect(build(view({ positions: ALL, q: "crimea", stances: ["rejects"], strengths: ["reported"], sort: "title" })).options.data).toBe(rows);
    expect(build(view({ positions: ["alpha", "beta"] })).options.data).not.toBe(rows);
  });

  it("compiles the query again only when a filter or the search's words change", () => {
    const build = matrixTableBuilder(fixture);
    const query = build(view({ q: "crimea" })).options.state?.globalFilter;
    expect(build(view({ q: "crimea ", sort: "title", collapsed: ["land"] })).options.state?.globalFilter).toBe(query);
    expect(build(view({ q: "crimea", show: "agree" })).options.state?.globalFilter).not.toBe(query);
    expect(build(view({ q: "crimean" })).options.state?.globalFilter).not.toBe(query);
    expect(build(view({ q: "crimea", strengths: ["own-words"] })).options.state?.globalFilter).not.toBe(query);
  });

  it("hands out one array of words per search, whatever else changes", () => {
    const build = matrixTableBuilder(fixture);
    const terms = build(view({ q: "Fund" })).terms;
    expect(terms).toEqual(["fund"]);
    expect(build(view({ q: "fund", categories: ["money"], positions: ["beta"] })).terms).toBe(terms);
  });

  it("folds the collapsed groups shut", () => {
    const expanded = matrixTableBuilder(fixture)(view({ collapsed: ["land"] })).options.state?.expanded;
    expect(expanded).toEqual({ "category:money": true });
  });
});
