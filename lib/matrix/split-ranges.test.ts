import { describe, expect, it } from "vitest";
import { findRanges } from "./search";
import { splitByRanges } from "./split-ranges";

describe("splitByRanges", () => {
  it("cuts the text into plain and matched pieces that join back to the original", () => {
    const text = "The line is frozen";
    const pieces = splitByRanges(text, findRanges(text, ["line", "frozen"]));
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(["line", "frozen"]);
  });

  it("returns the whole text as one plain piece when nothing matches", () => {
    expect(splitByRanges("abc", [])).toEqual([{ text: "abc", match: false }]);
  });
});
