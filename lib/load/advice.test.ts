import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { quoteProblem, yamlAdvice } from "./advice";

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
