import { describe, expect, it } from "vitest";
import { z } from "zod";
import { declaredNames, parseYamlFile, validEntries } from "./yaml-file";

const entry = z.strictObject({ slug: z.string().regex(/^[a-z]+$/, "a slug"), order: z.number().int() });
const list = z.array(entry);
const file = (text: string) => ({ path: "data/list.yaml", text });

describe("parseYamlFile", () => {
  it("refuses an invisible character in any text field, written raw or as a YAML escape, at its line", () => {
    const notes = z.array(z.strictObject({ slug: z.string(), note: z.string() }));
    const parsed = parseYamlFile(file('- slug: a\n  note: "fine"\n- slug: b\n  note: "x\\u2028y"\n- slug: "\u202ec"\n  note: ok\n'), notes);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 4, field: "[1].note", message: expect.stringMatching(/^an invisible character, U\+2028 LINE SEPARATOR, at character 2:/) }),
      expect.objectContaining({ line: 5, field: "[2].slug", message: expect.stringMatching(/^an invisible character, U\+202E RIGHT-TO-LEFT OVERRIDE, at character 1:/) }),
    ]);
  });

  it("names the line and field of each problem", () => {
    const parsed = parseYamlFile(file("- slug: one\n  order: 1\n- slug: Two\n  order: 2\n"), list);
    expect(parsed.problems).toEqual([{ file: "data/list.yaml", line: 3, field: "[1].slug", message: 'expected a slug (got the text "Two")' }]);
  });

  it("reports only the first YAML error, saying how many follow it", () => {
    const [p, ...rest] = parseYamlFile(file("- slug: one\n  order: 1\n  - oops\n"), list).problems;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 3, field: "" });
    expect(p!.message).toMatch(/^malformed YAML: .*\(2 more YAML errors after it, most likely caused by this one\)$/);
  });

  it("passes on why a file could not be read, and parses nothing of it", () => {
    const unreadable = { file: "data/list.yaml", line: 4, field: "", message: "not UTF-8" };
    expect(parseYamlFile({ ...file(""), unreadable }, list)).toMatchObject({ value: undefined, raw: undefined, problems: [unreadable] });
  });

  it.each([
    ["flow brackets 1,000 deep", "slug: a\nnote: " + "[".repeat(1000) + "]".repeat(1000) + "\n", 2, / at column 39:/],
    ["a megabyte of brackets", "slug: a\nnote: " + "{a: ".repeat(250_000) + "}".repeat(250_000) + "\n", 2, / at column \d+:/],
    ["block indentation 100 deep", "slug: a\nnote:\n" + Array.from({ length: 100 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n") + "x\n", expect.any(Number), /levels\): /],
    ["block indentation 2,000 deep", "slug: a\nnote:\n" + Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i + 1)}k:`).join("\n") + " x\n", expect.any(Number), /levels\) \(column \d+\): /],
  ])("refuses %s in its own words, at its line, within seconds", (_, text, line, where) => {
    const started = performance.now();
    const problems = parseYamlFile(file(text), z.record(z.string(), z.unknown())).problems;
    // A guard against runaway work (the unguarded parser took minutes or overflowed the stack), loose
    // enough for a busy machine: the check's speed is the benchmark's to measure, not this test's.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toEqual([expect.objectContaining({ line, field: "", message: expect.stringMatching(/nested too deeply \(more than 32 levels/) })]);
    expect(problems[0]!.message).toMatch(where);
    expect(problems[0]!.message).not.toMatch(/call stack/);
  });

  it("accepts nesting as deep as the limit", () => {
    const text = "slug: a\nnote: " + "[".repeat(31) + "]".repeat(31) + "\n";
    expect(parseYamlFile(file(text), z.record(z.string(), z.unknown())).problems).toEqual([]);
  });

  it("refuses an expansion of aliases that would exhaust memory, with a message", () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + Array.from({ length: 8 }, (_, i) => `b${i}: &b${i} [${Array(9).fill(i === 0 ? "*a" : `*b${i - 1}`).join(",")}]\n`).join("");
    const [p] = parseYamlFile(file(bomb), z.record(z.string(), z.unknown())).problems;
    expect(p!.message).toMatch(/cannot be read as data/);
  });
});

describe("validEntries and declaredNames", () => {
  it("keep the valid entries and every name of a list that failed, so references to it are not all reported", () => {
    const parsed = parseYamlFile(file("- slug: one\n  order: 1\n- slug: two\n  order: x\n"), list);
    expect(parsed.value).toBeUndefined();
    expect(validEntries(parsed, entry)).toEqual([[0, { slug: "one", order: 1 }]]);
    expect(declaredNames(parsed, "slug")).toEqual(new Set(["one", "two"]));
  });

  it("know no names of a file that is not a list", () => {
    expect(declaredNames(parseYamlFile(file("slug: one\n"), list), "slug")).toBeNull();
  });
});
