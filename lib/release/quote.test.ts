import { describe, expect, it } from "vitest";
import { attribution, quoteForCopy, quotedPassage } from "./quote";

const source = { title: "Peace talks", date: "3 December 2025" };

describe("attribution", () => {
  it("says whose words a quote gives, or who reports it", () => {
    expect(attribution({ kind: "own-words", speaker: "Dmitry Peskov" }, source)).toBe("Dmitry Peskov, in “Peace talks”, 3 December 2025");
    expect(attribution({ kind: "own-words" }, source)).toBe("“Peace talks”, 3 December 2025");
    expect(attribution({ kind: "reporting", speaker: "Andriy Yermak" }, source)).toBe("Andriy Yermak, as reported in “Peace talks”, 3 December 2025");
    expect(attribution({ kind: "reporting" }, source)).toBe("as reported in “Peace talks”, 3 December 2025");
    expect(attribution({ kind: "commentary" }, source)).toBe("commentary in “Peace talks”, 3 December 2025");
  });
});

describe("quoteForCopy", () => {
  it("gives the quote as shown, its attribution and the passage's address, a line each", () => {
    const text = quoteForCopy({ quote: "Ukraine  would\nnot cede", kind: "reporting", speaker: "Andriy Yermak" }, source, "https://x.org/sources/s#q-1-9");
    expect(text.split("\n")).toEqual(["“Ukraine would not cede”", "— Andriy Yermak, as reported in “Peace talks”, 3 December 2025.", "https://x.org/sources/s#q-1-9"]);
  });
});

describe("quotedPassage", () => {
  it("keeps the quote, its kind and speaker and where the passage is, and nothing else", () => {
    const citation = { id: "a:1-9", quote: "the words", kind: "own-words" as const, speaker: "Rubio", source: "a", start: 1, end: 9, about: "x", citers: [1, 2] };
    expect(quotedPassage(citation)).toEqual({ quote: "the words", kind: "own-words", speaker: "Rubio", source: "a", start: 1, end: 9 });
  });

  it("leaves out a speaker the citation does not name", () => {
    expect(quotedPassage({ quote: "the words", kind: "reporting", source: "a", start: 1, end: 9 })).not.toHaveProperty("speaker");
  });
});
