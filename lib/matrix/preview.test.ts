import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { applyView } from "./apply-view";
import { previewTitle, viewPreview } from "./preview";
import { defaultView, parseView, serializeView, VIEW_PARAMS, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), ...patch });

describe("viewPreview", () => {
  it("is null for the plain matrix, an open cell included", () => {
    expect(viewPreview(fixture, view())).toBeNull();
    expect(viewPreview(fixture, view({ cell: { issue: "crimea", position: "alpha" } }))).toBeNull();
  });

  it("titles two positions' divergence with the number of issues shown", () => {
    const p = viewPreview(fixture, parseView("cols=alpha,beta&show=diverge", ctx))!;
    expect(p.title).toBe("Alpha vs Beta: 2 issues where they diverge");
    expect(p.query).toBe("cols=alpha,beta&show=diverge");
  });

  it("describes the settings, then the totals across every issue, so a quote of it cannot mislead", () => {
    const p = viewPreview(fixture, parseView("compare=alpha,beta&show=agree", ctx))!;
    expect(p.title).toBe("Alpha vs Beta: 2 issues where they agree");
    expect(p.description).toBe(
      "Comparing Alpha and Beta. Only issues where the shown positions agree. Across all 5 issues, Alpha and Beta agree on 2 and diverge on 2; 1 has too few stances to compare.",
    );
  });

  it("gives each choice of columns its own totals, whichever previews came before", () => {
    const queries = ["compare=alpha,beta&show=agree", "cols=alpha,gamma&q=fund", "compare=alpha,beta&q=x", "cols=beta,gamma&show=diverge"];
    const alone = queries.map((q) => viewPreview({ ...fixture }, parseView(q, ctx))!.description);
    expect(queries.map((q) => viewPreview(fixture, parseView(q, ctx))!.description)).toEqual(alone);
    expect(new Set(alone).size).toBe(queries.length);
  });

  it("names categories and a search, and keeps the open cell out of the address", () => {
    const p = viewPreview(fixture, parseView("cols=alpha,beta,gamma&cat=money&q=fund&cell=assets.alpha", ctx))!;
    expect(p.title).toBe("1 issue in Money matching “fund”");
    expect(p.query).toBe("cols=alpha,beta,gamma&cat=money&q=fund");
    // An address from before the default columns: every column, as then.
    expect(viewPreview(fixture, parseView("cat=money&q=fund", ctx))!.title).toBe("1 issue in Money matching “fund”");
  });

  it("names the shown positions in their order", () => {
    expect(viewPreview(fixture, parseView("cols=gamma,alpha&show=diverge", ctx))!.title).toBe("Gamma vs Alpha: 1 issue where they diverge");
    expect(viewPreview(fixture, view({ positions: ["alpha"] }))!.title).toBe("Alpha: 5 issues");
  });
});

describe("previewTitle", () => {
  it("titles a view as its preview does, from the number of issues the page counted", () => {
    for (const q of ["compare=alpha,beta&show=agree", "cols=alpha,gamma&q=fund", "cat=money", "cols=beta,gamma&show=diverge&q=x"]) {
      const v = parseView(q, ctx);
      expect(previewTitle(fixture, v, applyView(fixture, v).visibleRows.length)).toBe(viewPreview(fixture, v)!.title);
    }
    expect(previewTitle(fixture, parseView("cat=money", ctx), 7)).toBe("7 issues in Money");
  });
});

describe("VIEW_PARAMS", () => {
  it("holds every parameter a view's address can carry", () => {
    const full = view({
      positions: ["gamma", "alpha"],
      compare: ["alpha", "beta"],
      quotes: true,
      categories: ["land"],
      stances: ["rejects"],
      strengths: ["reported"],
      show: "diverge",
      q: "x",
      sort: "title",
      desc: true,
      collapsed: ["money"],
      cell: { issue: "crimea", position: "beta" },
    });
    const keys = [...new URLSearchParams(serializeView(full, ctx)).keys()];
    expect(keys.sort()).toEqual([...VIEW_PARAMS].sort());
  });
});
