import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { defaultView, historyMode, nextHeadingSort, parseView, serializeView, shownPositions, sortOf, SORTS, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), ...patch });

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

  it("ignores a direction the sort does not have", () => {
    expect(parseView("dir=desc", ctx)).toEqual(defaultView(ctx));
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

describe("SORTS", () => {
  it("lists each sort and direction once, the default first", () => {
    expect(SORTS[0]).toMatchObject({ sort: "category", desc: false });
    expect(new Set(SORTS.map((s) => `${s.sort}:${s.desc}`)).size).toBe(SORTS.length);
    expect(new Set(SORTS.map((s) => s.value)).size).toBe(SORTS.length);
  });

  it("names every view's sort, and round-trips each through the address", () => {
    for (const s of SORTS) {
      const v = view({ sort: s.sort, desc: s.desc });
      expect(sortOf(v)).toBe(s);
      expect(sortOf(parseView(serializeView(v, ctx), ctx))).toBe(s);
    }
  });
});

describe("nextHeadingSort", () => {
  it("sorts by the heading in its starting direction, then the other way, then back to categories", () => {
    const title1 = nextHeadingSort(view(), "title");
    expect(title1).toEqual({ sort: "title", desc: false });
    const title2 = nextHeadingSort(title1, "title");
    expect(title2).toEqual({ sort: "title", desc: true });
    expect(nextHeadingSort(title2, "title")).toEqual({ sort: "category", desc: false });
    expect(nextHeadingSort(title2, "divergence")).toEqual({ sort: "divergence", desc: true });
    expect(nextHeadingSort({ sort: "divergence", desc: true }, "divergence")).toEqual({ sort: "divergence", desc: false });
  });
});
