import { describe, expect, it } from "vitest";
import { encodeFragmentTerm, renderedWords, textDirective, textFragmentUrl } from "./text-fragment";

describe("encodeFragmentTerm", () => {
  it("encodes the characters a text directive reserves, and spaces", () => {
    expect(encodeFragmentTerm("long-term, safe & sound")).toBe("long%2Dterm%2C%20safe%20%26%20sound");
  });

  it("encodes non-ASCII letters and quotation marks as UTF-8", () => {
    expect(encodeFragmentTerm("Ukraine’s “status”")).toBe("Ukraine%E2%80%99s%20%E2%80%9Cstatus%E2%80%9D");
  });
});

describe("renderedWords", () => {
  it("drops Markdown emphasis and escapes, and line breaks", () => {
    expect(renderedWords("*Between Secretary Rubio*  \nand the \\*delegation")).toEqual([
      "Between",
      "Secretary",
      "Rubio",
      "and",
      "the",
      "delegation",
    ]);
  });
});

describe("textDirective", () => {
  it("matches a short passage whole", () => {
    expect(textDirective("a spirit of partnership")).toBe("text=a%20spirit%20of%20partnership");
  });

  it("matches a long passage by its first and last five words", () => {
    const quote = "one two three four five six seven eight nine ten eleven twelve thirteen";
    expect(textDirective(quote)).toBe("text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen");
  });
});

describe("textFragmentUrl", () => {
  it("appends the directive to the original address, replacing any fragment", () => {
    expect(textFragmentUrl("https://example.org/a#top", "free-of-charge")).toBe(
      "https://example.org/a#:~:text=free%2Dof%2Dcharge",
    );
  });
});
