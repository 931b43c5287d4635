import { describe, expect, it } from "vitest";
import { applyView } from "./apply-view";
import { fixture } from "./fixture.test-data";
import { defaultView, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
/** Every column shown, so that the filters' tests see all three. */
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), positions: ["alpha", "beta", "gamma"], ...patch });
const slugs = (rows: { issue: { slug: string } }[]) => rows.map((r) => r.issue.slug);

describe("applyView", () => {
  it("shows every issue in the dataset's order, grouped by category, under the default columns, by default", () => {
    const applied = applyView(fixture, defaultView(ctx));
    expect(slugs(applied.rows)).toEqual(fixture.issues.map((i) => i.slug));
    expect(applied.groups?.map((g) => g.category.slug)).toEqual(["land", "money"]);
    expect(applied.positions.map((p) => p.slug)).toEqual(["alpha", "beta"]);
  });

  it("shows the chosen positions in the chosen order and compares only those", () => {
    const applied = applyView(fixture, view({ positions: ["gamma", "alpha"] }));
    expect(applied.positions.map((p) => p.slug)).toEqual(["gamma", "alpha"]);
    const crimea = applied.rows.find((r) => r.issue.slug === "crimea")!;
    expect(crimea.shown.map((c) => c.stance)).toEqual(["not-addressed", "supports"]);
    expect(crimea.comparison.agreement).toBe("few");
  });

  it("filters by category, stance, agreement and search together", () => {
    expect(slugs(applyView(fixture, view({ categories: ["money"] })).rows)).toEqual(["assets", "sanctions"]);
    expect(slugs(applyView(fixture, view({ stances: ["rejects", "alternative"] })).rows)).toEqual(["border", "assets"]);
    expect(slugs(applyView(fixture, view({ show: "agree" })).rows)).toEqual(["crimea", "sanctions"]);
    expect(slugs(applyView(fixture, view({ show: "diverge" })).rows)).toEqual(["border", "assets"]);
    expect(slugs(applyView(fixture, view({ show: "diverge", categories: ["money"] })).rows)).toEqual(["assets"]);
  });

  it("looks only at the shown positions when filtering by stance", () => {
    expect(slugs(applyView(fixture, view({ stances: ["rejects"], positions: ["alpha", "gamma"] })).rows)).toEqual([]);
  });

  it("filters by the strength of a shown position's evidence, stance and strength of the same cell", () => {
    expect(slugs(applyView(fixture, view({ strengths: ["own-words"] })).rows)).toEqual(["border"]);
    expect(slugs(applyView(fixture, view({ strengths: ["reported"] })).rows)).toEqual(["crimea"]);
    expect(slugs(applyView(fixture, view({ strengths: ["own-words"], positions: ["beta", "gamma"] })).rows)).toEqual([]);
    // Border: Alpha supports in its own words, Beta rejects on a single report; no cell rejects in own words.
    expect(slugs(applyView(fixture, view({ stances: ["rejects"], strengths: ["own-words"] })).rows)).toEqual([]);
    expect(slugs(applyView(fixture, view({ stances: ["supports"], strengths: ["own-words"] })).rows)).toEqual(["border"]);
  });

  it("searches titles, propositions, shown summaries and quotes, every word required, accents ignored", () => {
    expect(slugs(applyView(fixture, view({ q: "CRIMEA" })).rows)).toEqual(["crimea"]);
    expect(slugs(applyView(fixture, view({ q: "zaporizhzhia" })).rows)).toEqual(["border"]);
    expect(slugs(applyView(fixture, view({ q: "resume cafe" })).rows)).toEqual(["assets"]);
    expect(slugs(applyView(fixture, view({ q: "crimea border" })).rows)).toEqual([]);
    expect(slugs(applyView(fixture, view({ q: "zaporizhzhia", positions: ["beta"] })).rows)).toEqual([]);
  });

  it("does not find the boilerplate of silent cells", () => {
    expect(slugs(applyView(fixture, view({ q: "not addressed" })).rows)).toEqual([]);
  });

  it("sorts by title either way, without groups", () => {
    const asc = applyView(fixture, view({ sort: "title" }));
    expect(asc.groups).toBeNull();
    expect(asc.rows.map((r) => r.issue.title)).toEqual([...fixture.issues.map((i) => i.title)].sort((a, b) => a.localeCompare(b)));
    expect(slugs(applyView(fixture, view({ sort: "title", desc: true })).rows)).toEqual(slugs(asc.rows).reverse());
  });

  it("sorts by divergence, most divergent first, too-few last in either direction", () => {
    expect(slugs(applyView(fixture, view({ sort: "divergence", desc: true })).rows)).toEqual([
      "border", // supports, rejects, supports: 3
      "assets", // alternative, ambiguous, supports: 2
      "crimea", // agree: 0, dataset order among ties
      "sanctions",
      "zones", // one stance: too few
    ]);
    const asc = slugs(applyView(fixture, view({ sort: "divergence", desc: false })).rows);
    expect(asc.at(-1)).toBe("zones");
    expect(asc[0]).toBe("crimea");
  });

  it("sorts by evidence, weakest first or strongest first, issues with no stance shown last", () => {
    const weakest = slugs(applyView(fixture, view({ sort: "strength", desc: false, positions: ["alpha", "beta"] })).rows);
    // Alpha and Beta: border own words quoted anonymously + an anonymous report (weakest 0.5, mean 1.5); crimea an
    // anonymous report + two sources (0.5, 1.25);
    // zones one named report (1); assets and sanctions anonymous reports only (0.5, 0.5).
    expect(weakest).toEqual(["assets", "sanctions", "crimea", "border", "zones"]);
    const strongest = slugs(applyView(fixture, view({ sort: "strength", desc: true, positions: ["alpha", "beta"] })).rows);
    expect(strongest).toEqual(["zones", "border", "crimea", "assets", "sanctions"]);
    expect(slugs(applyView(fixture, view({ sort: "strength", desc: true, positions: ["gamma"] })).rows).slice(-2)).toEqual(["crimea", "zones"]);
  });

  it("keeps folded groups' rows among the matching rows but not among the visible ones", () => {
    const applied = applyView(fixture, view({ collapsed: ["land"] }));
    expect(applied.rows).toHaveLength(fixture.issues.length);
    expect(slugs(applied.visibleRows)).toEqual(["assets", "sanctions"]);
    expect(applied.groups?.find((g) => g.category.slug === "land")?.collapsed).toBe(true);
  });

  it("counts agreement over the matching rows", () => {
    expect(applyView(fixture, view()).counts).toEqual({ agree: 2, diverge: 2, few: 1 });
    expect(applyView(fixture, view({ compare: ["alpha", "beta"] })).counts).toEqual({ agree: 2, diverge: 2, few: 1 });
  });
});
