import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { applyView, defaultView, exportView, historyMode, parseView, serializeView, shownPositions, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), ...patch });
const slugs = (rows: { issue: { slug: string } }[]) => rows.map((r) => r.issue.slug);

describe("parseView", () => {
  it("gives the default view for an empty query", () => {
    expect(parseView("", ctx)).toEqual(defaultView(ctx));
  });

  it("reads every setting", () => {
    const v = parseView(
      "cols=gamma,alpha&compare=beta,alpha&cat=money&stance=rejects,supports&show=diverge&q=frozen+line&sort=title&dir=desc&fold=land&cell=crimea.beta",
      ctx,
    );
    expect(v).toEqual({
      positions: ["gamma", "alpha"],
      compare: ["beta", "alpha"],
      categories: ["money"],
      stances: ["supports", "rejects"],
      show: "diverge",
      q: "frozen line",
      sort: "title",
      desc: true,
      collapsed: ["land"],
      cell: { issue: "crimea", position: "beta" },
    });
  });

  it("ignores unknown and malformed values without throwing", () => {
    const v = parseView(
      "cols=nobody,,alpha,alpha&compare=alpha&cat=moon&stance=maybe&show=some&sort=height&dir=up&fold=%E0%A4%A&cell=crimea&extra=1",
      ctx,
    );
    expect(v).toEqual({ ...defaultView(ctx), positions: ["alpha"] });
    expect(parseView("compare=alpha,alpha,beta&cell=nowhere.alpha", ctx)).toEqual(defaultView(ctx));
    expect(parseView("cols=,,,&q=", ctx)).toEqual(defaultView(ctx));
  });

  it("keeps each sort's own starting direction unless the query names one", () => {
    expect(parseView("sort=divergence", ctx).desc).toBe(true);
    expect(parseView("sort=divergence&dir=asc", ctx).desc).toBe(false);
    expect(parseView("sort=title", ctx).desc).toBe(false);
  });

  it("cuts an overlong search", () => {
    expect(parseView(`q=${"a".repeat(500)}`, ctx).q).toHaveLength(200);
  });
});

describe("serializeView", () => {
  it("writes nothing for the default view", () => {
    expect(serializeView(defaultView(ctx), ctx)).toBe("");
  });

  it("leaves defaults out and keeps commas and spaces readable", () => {
    expect(serializeView(view({ categories: ["land", "money"], q: "frozen line", sort: "divergence", desc: true }), ctx)).toBe(
      "cat=land,money&q=frozen+line&sort=divergence",
    );
  });

  it("round-trips through parseView", () => {
    const v = view({
      positions: ["beta", "gamma"],
      compare: ["gamma", "alpha"],
      categories: ["money"],
      stances: ["conditional"],
      show: "agree",
      q: "a&b=c, “d” #e",
      sort: "title",
      desc: true,
      collapsed: ["money"],
      cell: { issue: "assets", position: "gamma" },
    });
    expect(parseView(serializeView(v, ctx), ctx)).toEqual(v);
  });

  it("writes sets in the dataset's order, so one view has one address", () => {
    expect(serializeView(view({ categories: ["money", "land"], stances: ["rejects", "supports"], collapsed: ["money", "land"] }), ctx)).toBe(
      "cat=land,money&stance=supports,rejects&fold=land,money",
    );
  });

  it("leaves out a search of spaces only", () => {
    expect(serializeView(view({ q: "   " }), ctx)).toBe("");
  });
});

describe("historyMode", () => {
  it("pushes a new entry for a filter, sort or column change", () => {
    expect(historyMode(view(), view({ categories: ["land"] }))).toBe("push");
    expect(historyMode(view(), view({ sort: "title" }))).toBe("push");
    expect(historyMode(view(), view({ positions: ["alpha"] }))).toBe("push");
  });

  it("pushes when a search starts or is cleared, and replaces while typing on", () => {
    expect(historyMode(view(), view({ q: "c" }))).toBe("push");
    expect(historyMode(view({ q: "c" }), view({ q: "cr" }))).toBe("replace");
    expect(historyMode(view({ q: "cr" }), view({ q: "" }))).toBe("push");
  });

  it("replaces when only the open evidence changes", () => {
    expect(historyMode(view(), view({ cell: { issue: "crimea", position: "alpha" } }))).toBe("replace");
  });
});

describe("shownPositions", () => {
  it("shows the compared pair in place of the chosen columns", () => {
    expect(shownPositions(view({ positions: ["alpha", "beta", "gamma"], compare: ["gamma", "beta"] }))).toEqual(["gamma", "beta"]);
    expect(shownPositions(view({ positions: ["beta"] }))).toEqual(["beta"]);
  });
});

describe("applyView", () => {
  it("shows every issue in the dataset's order, grouped by category, by default", () => {
    const applied = applyView(fixture, view());
    expect(slugs(applied.rows)).toEqual(fixture.issues.map((i) => i.slug));
    expect(applied.groups?.map((g) => g.category.slug)).toEqual(["land", "money"]);
    expect(applied.positions.map((p) => p.slug)).toEqual(["alpha", "beta", "gamma"]);
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

describe("exportView", () => {
  it("gives the visible rows with the shown positions' stances and summaries, in screen order", () => {
    const exported = exportView(fixture, view({ positions: ["beta", "alpha"], show: "diverge", collapsed: ["money"] }));
    expect(exported.positions).toEqual([
      { slug: "beta", label: "Beta position" },
      { slug: "alpha", label: "Alpha plan" },
    ]);
    expect(exported.rows).toEqual([
      {
        slug: "border",
        title: "Where the border runs",
        category: "Land",
        cells: {
          beta: { stance: "rejects", summary: "A summary for rejects." },
          alpha: { stance: "supports", summary: "Freeze the line at Zaporizhzhia." },
        },
      },
    ]);
    expect(Object.keys(exported.rows[0]!.cells)).toEqual(["beta", "alpha"]);
    expect(exported.description).toBe("2 positions divergent");
  });

  it("exports every row and column of the default view with no description", () => {
    const exported = exportView(fixture, view());
    expect(exported.rows.map((r) => r.slug)).toEqual(fixture.issues.map((i) => i.slug));
    expect(exported.rows.every((r) => Object.keys(r.cells).join() === "alpha,beta,gamma")).toBe(true);
    expect(exported.description).toBe("");
  });
});
