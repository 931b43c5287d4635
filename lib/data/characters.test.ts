import { describe, expect, it } from "vitest";
import { characterName, shownCharacter } from "./characters";

describe("characterName", () => {
  it.each([
    ["a", "U+0061 LATIN SMALL LETTER A"],
    ["Q", "U+0051 LATIN CAPITAL LETTER Q"],
    ["7", "U+0037 DIGIT SEVEN"],
    ["\u2019", "U+2019 RIGHT SINGLE QUOTATION MARK"],
    ["\u2013", "U+2013 EN DASH"],
    ["\u200b", "U+200B ZERO WIDTH SPACE"],
    ["\u0430", "U+0430 a Cyrillic small letter"],
    ["\u0391", "U+0391 a Greek capital letter"],
    ["\u0301", "U+0301 a combining mark (an accent joined to the letter before it)"],
  ])("names %j as %s", (ch, name) => {
    expect(characterName(ch)).toBe(name);
  });
});

describe("shownCharacter", () => {
  it("prints a visible character beside its name, and names an invisible one only", () => {
    expect(shownCharacter("plаn", 2)).toBe('"а" (U+0430 a Cyrillic small letter)');
    expect(shownCharacter("cate\u3164gorically", 4)).toBe("U+3164 HANGUL FILLER");
    expect(shownCharacter("a\u00a0b", 1)).toBe("U+00A0 NO-BREAK SPACE");
  });

  it("names a character outside the basic plane whole, and says when the text has ended", () => {
    expect(shownCharacter("x\u{1d41a}", 2)).toBe('"\u{1d41a}" (U+1D41A a small letter)');
    expect(shownCharacter("plan", 4, "nothing more")).toBe("nothing more");
  });
});
