import { describe, expect, it } from "vitest";
import { findQuote, firstDifference, lineAt, normalize } from "./quotes";

const source = "The plan would freeze\nthe line. Russia  rejects it.\nThe plan would freeze the line again.";

describe("normalize", () => {
  it("collapses whitespace runs and maps each character back to the source", () => {
    const n = normalize("a \n\t b");
    expect(n.text).toBe("a b");
    expect(n.offsets).toEqual([0, 1, 5]);
  });
});

describe("findQuote", () => {
  it("finds a quote whose line breaks and spaces differ from the source", () => {
    const m = findQuote(source, { quote: "the line.   Russia rejects it." });
    expect(m).toMatchObject({ ok: true });
    if (m.ok) expect(source.slice(m.start, m.end)).toBe("the line. Russia  rejects it.");
  });

  it("reports a quote found twice as ambiguous, with the lines of each", () => {
    const m = findQuote(source, { quote: "The plan would freeze" });
    expect(m).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!m.ok && m.reason === "ambiguous") expect(m.matches.map((x) => x.line)).toEqual([1, 3]);
  });

  it("tells two equal passages apart by suffix or prefix", () => {
    const bySuffix = findQuote(source, { quote: "The plan would freeze", suffix: "the line again" });
    expect(bySuffix.ok && source.slice(bySuffix.start).startsWith("The plan would freeze the line again")).toBe(true);
    const byPrefix = findQuote(source, { quote: "The plan would freeze", prefix: "rejects it." });
    expect(byPrefix).toEqual(bySuffix);
  });

  it("does not match a quote with one letter changed, and offers the closest passage", () => {
    const m = findQuote(source, { quote: "Russia rejected it." });
    expect(m).toMatchObject({ ok: false, reason: "not-found" });
    if (!m.ok && m.reason === "not-found") expect(m.closest?.text).toContain("Russia  rejects it");
  });

  it("treats curly and straight apostrophes as different characters", () => {
    expect(findQuote("Russia’s demands", { quote: "Russia's demands" }).ok).toBe(false);
  });
});

describe("firstDifference", () => {
  it("gives the index of the first differing character, ignoring whitespace runs", () => {
    expect(firstDifference("abc  def", "abc dxf")).toBe(5);
  });
});

describe("lineAt", () => {
  it("counts lines from one", () => {
    expect(lineAt("a\nb\nc", 4)).toBe(3);
  });
});
