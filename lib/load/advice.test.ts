import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { quoteProblem, yamlAdvice } from "./advice";
import { findQuote } from "../data/quotes";

const firstError = (text: string) => parseDocument(text, { uniqueKeys: true, prettyErrors: true }).errors[0]!;

describe("yamlAdvice", () => {
  it("says what to do for the YAML mistakes made most by hand", () => {
    const colon = "title: The plan: part two\n";
    expect(yamlAdvice(firstError(colon), colon)).toContain('a value that contains ": " must be in quotes');
    const tab = "cells:\n\t- x\n";
    expect(yamlAdvice(firstError(tab), tab)).toBe("a tab used to indent (column 1): indent with spaces only");
    const twice = "slug: a\norder: 1\norder: 2\n";
    expect(yamlAdvice(firstError(twice), twice)).toBe('the field "order" is written twice in the same place: keep one');
  });
});

describe("quoteProblem", () => {
  const citation = { source: "a", quote: "the plan", kind: "reporting" as const };

  it("gives the closest passage and the first differing character of a quote not found", () => {
    const m = quoteProblem(citation, { ok: false, reason: "not-found", closest: { start: 0, end: 9, text: "the plans", line: 2 } }, "data/sources/a.txt");
    expect(m).toContain('closest passage (data/sources/a.txt line 2): "the plans"');
    expect(m).toContain("copy the passage verbatim");
  });

  it.each([
    ["a Cyrillic letter for a Latin one", "Under this pl\u0430n, Ukraine", 'character 14, where it has "а" (U+0430 a Cyrillic small letter) and the source has "a" (U+0061 LATIN SMALL LETTER A)'],
    ["an invisible letter-like filler", "Ukraine cate\u3164gorically rejects", 'character 13, where it has U+3164 HANGUL FILLER and the source has "g" (U+0067 LATIN SMALL LETTER G)'],
    ["a curly apostrophe for a straight one", "Ukraine\u2019s position rejects", 'character 8, where it has "’" (U+2019 RIGHT SINGLE QUOTATION MARK) and the source has "\'" (U+0027 APOSTROPHE)'],
  ])("names the characters where a quote that prints like its source differs from it: %s", (_, quote, expected) => {
    const source = "Under this plan, Ukraine would cede Crimea.\nUkraine categorically rejects these provisions.\nUkraine's position rejects it.";
    const match = findQuote(source, { quote });
    if (match.ok) throw new Error("the quote should not be found");
    expect(quoteProblem({ ...citation, quote }, match, "a.txt")).toContain(`the quote differs from it at ${expected}: copy the passage verbatim`);
  });

  it("says which selector does not match and shows the text really beside the quote", () => {
    const m = quoteProblem({ ...citation, suffix: "was" }, {
      ok: false, reason: "context", selector: "suffix",
      matches: [{ start: 0, end: 8, text: "the plan", line: 1, before: "", after: "is dead." }],
    }, "data/sources/a.txt");
    expect(m).toContain('the suffix "was" does not match the text after the quote');
    expect(m).toContain('line 1: "is dead."');
    expect(m).toContain("or remove it: without it the quote is found just once");
  });
});
