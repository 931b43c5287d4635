import { describe, expect, it } from "vitest";
import { z } from "zod";
import { declaredNames, parseYamlFile, validEntries } from "./yaml-file";

const entry = z.strictObject({ slug: z.string().regex(/^[a-z]+$/, "a slug"), order: z.number().int() });
const list = z.array(entry);
const file = (text: string) => ({ path: "data/list.yaml", text });

describe("parseYamlFile", () => {
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
