import { describe, expect, it } from "vitest";
import { characterName } from "./characters";
import { isBlank, textProblem } from "./invisible";
import { cellSchema, eventSchema, slugSchema } from "./schema";

describe("textProblem", () => {
  it.each([
    ["\u200b", "U+200B ZERO WIDTH SPACE"],
    ["\u200c", "U+200C ZERO WIDTH NON-JOINER"],
    ["\u200d", "U+200D ZERO WIDTH JOINER"],
    ["\u2060", "U+2060 WORD JOINER"],
    ["\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"],
    ["\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"],
    ["\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"],
    ["\u2069", "U+2069 POP DIRECTIONAL ISOLATE"],
    ["\u200e", "U+200E LEFT-TO-RIGHT MARK"],
    ["\u200f", "U+200F RIGHT-TO-LEFT MARK"],
    ["\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)"],
    ["\u2028", "U+2028 LINE SEPARATOR"],
    ["\u2029", "U+2029 PARAGRAPH SEPARATOR"],
    ["\u0007", "U+0007 a control character"],
    ["\r", "U+000D a control character"],
    ["\u{e0001}", "U+E0001 an invisible format character"],
    ["\u3164", "U+3164 HANGUL FILLER"],
    ["\u2800", "U+2800 BRAILLE PATTERN BLANK"],
  ])("refuses %j inside a text, naming it as %s with its place", (ch, name) => {
    expect(textProblem(`Russia ${ch}rejects it`)).toBe(`an invisible character, ${name}, at character 8: delete it (it would hide, join or reorder what readers see; retype the text around it if unsure)`);
  });

  it("accepts line feeds, tabs, no-break spaces and letters of any script", () => {
    expect(textProblem("Line one\nline two\tand\u00a0«Україна» — 1 000 km")).toBeNull();
  });

  it("counts a text of invisible characters only as blank", () => {
    expect(textProblem("\u200b")).toMatch(/^only spaces or invisible characters/);
    expect(textProblem(" \ufeff\u200d ")).toMatch(/^only spaces or invisible characters/);
    expect(textProblem("\u3164\u115f")).toMatch(/^only spaces or invisible characters/);
    expect(isBlank("a\u200b")).toBe(false);
    expect(textProblem("")).toBeNull();
  });

  it("names a character it has no name for by its code and kind", () => {
    expect(characterName("\u0600")).toBe("U+0600 an invisible format character");
  });
});

const citation = { source: "some-source", quote: "a passage of the source", kind: "reporting" as const };

describe("cellSchema", () => {
  it("refuses the same passage cited twice in one cell, at the second", () => {
    const result = cellSchema.safeParse({ position: "ukraine", stance: "rejects", summary: "Rejects.", citations: [citation, { ...citation, quote: "a  passage of the\nsource" }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["citations", 1, "quote"], message: expect.stringContaining("the same passage as citation 1") })]);
  });

  it("accepts two passages of one source, and one passage told apart by its prefix", () => {
    const cell = { position: "ukraine", stance: "rejects", summary: "Rejects.", citations: [citation, { ...citation, quote: "another passage here" }, { ...citation, prefix: "before" }] };
    expect(cellSchema.safeParse(cell).success).toBe(true);
  });
});

describe("eventSchema", () => {
  it("refuses the same passage cited twice in one event", () => {
    const event = { id: "talks", date: "2025-11-23", title: "Talks", description: "Talks held.", citations: [citation, citation] };
    expect(eventSchema.safeParse(event).error?.issues[0]?.path).toEqual(["citations", 1, "quote"]);
  });
});

describe("slugSchema", () => {
  it.each(["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"])("refuses %s, a name Windows reserves for a device", (slug) => {
    expect(slugSchema.safeParse(slug).error?.issues[0]?.message).toMatch(/reserves for a device/);
  });

  it.each(["console", "con-talks", "com10", "null", "auxiliary"])("accepts %s, which only looks like one", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});
