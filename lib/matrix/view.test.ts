import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { defaultView, historyMode, parseView, serializeView, shownPositions, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), ...patch });
const ALL = ["alpha", "beta", "gamma"];

describe("parseView", () => {
  it("gives the default view for an empty query: the positions marked as defaults", () => {
    expect(parseView("", ctx)).toEqual(defaultView(ctx));
    expect(defaultView(ctx).positions).toEqual(["alpha", "beta"]);
  });

  it("shows every position by default when none is marked as a default", () => {
    const unmarked = viewContext({ ...fixture, positions: fixture.positions.map((p) => ({ ...p, default: false })) });
    expect(defaultView(unmarked).positions).toEqual(ALL);
  });

  it("shows every column for an address with settings but no columns, as such an address did before default columns", () => {
    expect(parseView("show=diverge", ctx).positions).toEqual(ALL);
    expect(parseView("cell=crimea.gamma", ctx).positions).toEqual(ALL);
    expect(parseView("cols=gamma&show=diverge", ctx).positions).toEqual(["gamma"]);
    // Nothing that parses is no setting: the default columns.
    expect(parseView("show=some&cat=moon&utm_source=x", ctx).positions).toEqual(["alpha", "beta"]);
  });

  it("reads every setting", () => {
    const v = parseView(
      "cols=gamma,alpha&compare=beta,alpha&quotes=1&cat=money&stance=rejects,supports&strength=single-report,own-words&show=diverge&q=frozen+line&sort=title&dir=desc&fold=land&cell=crimea.beta",
      ctx,
    );
    expect(v).toEqual({
      positions: ["gamma", "alpha"],
      compare: ["beta", "alpha"],
      quotes: true,
      categories: ["money"],
      stances: ["supports", "rejects"],
      strengths: ["own-words", "single-report"],
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
      "cols=nobody,,alpha,alpha&compare=alpha&quotes=yes&cat=moon&stance=maybe&strength=not-stated,strong&show=some&sort=height&dir=up&fold=%E0%A4%A&cell=crimea&extra=1",
      ctx,
    );
    expect(v).toEqual({ ...defaultView(ctx), positions: ["alpha"] });
    expect(parseView("compare=alpha,alpha,beta&cell=nowhere.alpha", ctx)).toEqual(defaultView(ctx));
    expect(parseView("cols=,,,&q=", ctx)).toEqual(defaultView(ctx));
    // Quotes side by side belong to a comparison.
    expect(parseView("quotes=1", ctx)).toEqual(defaultView(ctx));
  });

  it("keeps each sort's own starting direction unless the query names one", () => {
    expect(parseView("sort=divergence", ctx).desc).toBe(true);
    expect(parseView("sort=divergence&dir=asc", ctx).desc).toBe(false);
    expect(parseView("sort=title", ctx).desc).toBe(false);
  });

  it("ignores a direction the sort does not have", () => {
    expect(parseView("dir=desc", ctx)).toEqual(defaultView(ctx));
    expect(parseView("sort=strength", ctx).desc).toBe(true);
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
      "cols=alpha,beta&cat=land,money&q=frozen+line&sort=divergence",
    );
  });

  it("names the columns whenever it writes anything, and only then for the default ones", () => {
    expect(serializeView(view({ positions: ALL }), ctx)).toBe("cols=alpha,beta,gamma");
    expect(serializeView(view({ show: "agree" }), ctx)).toBe("cols=alpha,beta&show=agree");
    expect(serializeView(view({ positions: ALL, show: "agree" }), ctx)).toBe("cols=alpha,beta,gamma&show=agree");
    expect(serializeView(view({ cell: { issue: "crimea", position: "alpha" } }), ctx)).toBe("cols=alpha,beta&cell=crimea.alpha");
  });

  it("writes quotes side by side only with a comparison", () => {
    expect(serializeView(view({ compare: ["beta", "gamma"], quotes: true }), ctx)).toBe("cols=alpha,beta&compare=beta,gamma&quotes=1");
    expect(serializeView(view({ quotes: true }), ctx)).toBe("");
  });

  it("round-trips through parseView", () => {
    const v = view({
      positions: ["beta", "gamma"],
      compare: ["gamma", "alpha"],
      quotes: true,
      categories: ["money"],
      stances: ["conditional"],
      strengths: ["reported", "single-report"],
      show: "agree",
      q: "a&b=c, “d” #e",
      sort: "title",
      desc: true,
      collapsed: ["money"],
      cell: { issue: "assets", position: "gamma" },
    });
    expect(parseView(serializeView(v, ctx), ctx)).toEqual(v);
    for (const positions of [ALL, ["alpha", "beta"], ["gamma"]]) {
      for (const patch of [{}, { show: "diverge" as const }, { cell: { issue: "zones", position: "gamma" } }]) {
        const w = view({ positions, ...patch });
        expect(parseView(serializeView(w, ctx), ctx)).toEqual(w);
      }
    }
  });

  it("writes sets in the dataset's order, so one view has one address", () => {
    expect(
      serializeView(view({ categories: ["money", "land"], stances: ["rejects", "supports"], strengths: ["single-report", "own-words"], collapsed: ["money", "land"] }), ctx),
    ).toBe("cols=alpha,beta&cat=land,money&stance=supports,rejects&strength=own-words,single-report&fold=land,money");
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

  it("opens evidence as an entry of its own, steps between cells in place, and closes it back", () => {
    const crimea = { issue: "crimea", position: "alpha" };
    expect(historyMode(view(), view({ cell: crimea }))).toBe("open");
    expect(historyMode(view({ cell: crimea }), view({ cell: { ...crimea, position: "beta" } }))).toBe("replace");
    expect(historyMode(view({ cell: crimea }), view())).toBe("close");
    expect(historyMode(view({ q: "c" }), view({ q: "cr", cell: crimea }))).toBe("replace");
  });

  it("pushes showing the quotes side by side", () => {
    expect(historyMode(view({ compare: ["alpha", "beta"] }), view({ compare: ["alpha", "beta"], quotes: true }))).toBe("push");
  });
});

describe("shownPositions", () => {
  it("shows the compared pair in place of the chosen columns", () => {
    expect(shownPositions(view({ positions: ["alpha", "beta", "gamma"], compare: ["gamma", "beta"] }))).toEqual(["gamma", "beta"]);
    expect(shownPositions(view({ positions: ["beta"] }))).toEqual(["beta"]);
  });
});
