import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { matrixTableBuilder } from "./table";
import { defaultView, viewContext } from "./view";
import { compileQuery, quoteMatches, quoteTerms, rankRows, relevance, rowMatches, scoreRows } from "./row-query";
import { parseQuery, parseTerms } from "./search";

const [border, crimea, , assets] = matrixTableBuilder(fixture)({ ...defaultView(viewContext(fixture)), positions: ["alpha", "beta", "gamma"] }).options.data;
const query = (patch: Partial<Parameters<typeof compileQuery>[0]> = {}) =>
  compileQuery({ categories: [], stances: [], strengths: [], show: "all", q: "", ...patch });

describe("compileQuery", () => {
  it("turns empty filters into no filter at all", () => {
    expect(query()).toEqual({ categories: null, stances: null, strengths: null, show: "all", terms: [], words: [] });
  });

  it("keeps the words it is given, so a filter change hands the rows the same array", () => {
    const terms = parseTerms("fund");
    const a = compileQuery({ categories: [], stances: ["rejects"], strengths: [], show: "all", q: "fund" }, terms);
    const b = compileQuery({ categories: [], stances: [], strengths: ["reported"], show: "diverge", q: "fund" }, terms);
    expect(a.terms).toBe(terms);
    expect(b.terms).toBe(a.terms);
    expect(query({ q: "fund café" }).terms).toEqual(["fund", "cafe"]);
  });
});

describe("rowMatches", () => {
  it("lets every row through an empty query", () => {
    expect([border, crimea, assets].every((r) => rowMatches(r!, query()))).toBe(true);
  });

  it("requires a shown position to take one of the chosen stances", () => {
    expect(rowMatches(border!, query({ stances: ["rejects"] }))).toBe(true);
    expect(rowMatches(crimea!, query({ stances: ["rejects"] }))).toBe(false);
  });

  it("requires a shown cell with one of the chosen strengths, and with a chosen stance too when stances are chosen", () => {
    expect(rowMatches(border!, query({ strengths: ["own-words"] }))).toBe(true);
    expect(rowMatches(crimea!, query({ strengths: ["own-words"] }))).toBe(false);
    expect(rowMatches(border!, query({ strengths: ["own-words"], stances: ["rejects"] }))).toBe(false);
    expect(rowMatches(border!, query({ strengths: ["single-report"], stances: ["rejects"] }))).toBe(true);
  });

  it("requires the row's agreement to be the one asked for", () => {
    expect(rowMatches(crimea!, query({ show: "agree" }))).toBe(true);
    expect(rowMatches(crimea!, query({ show: "diverge" }))).toBe(false);
  });

  it("requires every word of the search somewhere in the row", () => {
    expect(rowMatches(assets!, query({ q: "fund café" }))).toBe(true);
    expect(rowMatches(assets!, query({ q: "fund crimea" }))).toBe(false);
  });
});

describe("quoteMatches", () => {
  it("is true when a word occurs in one of the cell's quotes, not in its summary alone, never for a blank search", () => {
    const cell = fixture.issues[3]!.cells.alpha!;
    expect(quoteMatches(cell, parseTerms("us-led"))).toBe(true);
    expect(quoteMatches(cell, parseTerms("cafe"))).toBe(true);
    expect(quoteMatches(cell, parseTerms("joint"))).toBe(false);
    expect(quoteMatches(cell, parseTerms("crimea"))).toBe(false);
    expect(quoteMatches(cell, [])).toBe(false);
  });

  it("finds nothing in a cell without quotes, its summary however it reads", () => {
    const said = { ...fixture.issues[1]!.cells.gamma!, summary: "The readout is silent on Crimea.", citations: [] };
    expect(quoteMatches(said, parseTerms("crimea"))).toBe(false);
  });
});

describe("quoteTerms", () => {
  it("gives the words when a cell has one in a quote, else one empty array every time", () => {
    const cells = Object.values(fixture.issues[3]!.cells);
    const terms = parseTerms("us-led");
    expect(quoteTerms(cells, terms)).toBe(terms);
    const none = quoteTerms(cells, parseTerms("crimea"));
    expect(none).toEqual([]);
    expect(quoteTerms(cells, parseTerms("joint"))).toBe(none);
  });
});

describe("relevance", () => {
  const row = (title: string, proposition: string, summary = "A summary.") => ({
    issue: { ...crimea!.issue, title, proposition },
    shown: [{ ...crimea!.shown[0]!, summary, citations: [] }],
  });

  it("weighs a word in the title over any number in the proposition, and those over the cells", () => {
    const words = parseQuery("frozen assets");
    const inTitle = relevance(row("Use of frozen assets", "Nothing here"), words);
    const inProposition = relevance(row("Money", "The frozen assets fund it"), words);
    const inSummary = relevance(row("Money", "Nothing here", "It uses frozen assets"), words);
    expect(inTitle).toBeGreaterThan(inProposition);
    expect(inProposition).toBeGreaterThan(inSummary);
    expect(inSummary).toBeGreaterThan(0);
  });

  it("finds a place under its other spellings", () => {
    expect(relevance(row("The Donbas", "x"), parseQuery("Donbass"))).toBeGreaterThan(0);
    expect(relevance(row("Kherson and Zaporizhzhia", "x"), parseQuery("zaporizhia"))).toBeGreaterThan(0);
    expect(relevance(row("Kyiv's army", "x"), parseQuery("kiev"))).toBeGreaterThan(0);
  });
});

describe("rankRows", () => {
  it("puts the best answers first and keeps the order of equals", () => {
    const rows = [border!, crimea!, assets!];
    const words = parseQuery(crimea!.issue.title.split(" ")[0]!);
    const ranked = rankRows(rows, words);
    expect(ranked[0]).toBe(crimea);
    expect(rankRows(rows, [])).toEqual(rows);
  });

  it("gives each ranked row its relevance, best first, as the matrix names its row groups by it", () => {
    const rows = [border!, crimea!, assets!];
    const words = parseQuery(crimea!.issue.title.split(" ")[0]!);
    const scored = scoreRows(rows, words);
    expect(scored.map((s) => s.row)).toEqual(rankRows(rows, words));
    expect(scored.map((s) => s.score)).toEqual(scored.map((s) => relevance(s.row, words)));
    expect(scored[0]!.score).toBeGreaterThan(scored.at(-1)!.score);
  });
});
