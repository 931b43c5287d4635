import { describe, expect, it } from "vitest";
import { findRanges, foldText, parseQuery, parseTerms, searches, snippet, spellingsOf } from "./search";

describe("foldText", () => {
  it("lower-cases, drops accents and plain-quotes typography without moving any character", () => {
    const text = "Résumé of Zelensky’s “PLAN” – Kyiv";
    expect(foldText(text)).toBe('resume of zelensky\'s "plan" - kyiv');
  });

  it("lower-cases plain ASCII text as it is, symbols and digits included", () => {
    expect(foldText("NATO's 2025 \"Article 5\" [draft] ~_@")).toBe('nato\'s 2025 "article 5" [draft] ~_@');
  });

  it("keeps the length of the text where lower-casing would change it", () => {
    const text = "İstanbul";
    expect(foldText(text)).toHaveLength(text.length);
    expect(foldText(text).slice(1)).toBe("stanbul");
  });
});

describe("parseTerms", () => {
  it("splits the query into folded words without repeats", () => {
    expect(parseTerms("  Crimea  crimea  NATO ")).toEqual(["crimea", "nato"]);
  });

  it("drops a word contained in another, which adds nothing to an all-words search", () => {
    expect(parseTerms("rus russia")).toEqual(["russia"]);
  });

  it("gives no words for a blank query", () => {
    expect(parseTerms("   ")).toEqual([]);
  });

  it("adds every other spelling of a place, so that each is highlighted", () => {
    expect(parseTerms("Kiev")).toEqual(["kiev", "kyiv"]);
  });
});

describe("spellingsOf", () => {
  it("gives a place's other spellings, whichever one is typed", () => {
    expect(spellingsOf("donbass")).toEqual(["donbass", "donbas"]);
    expect(spellingsOf("donbas")).toContain("donbass");
    expect(spellingsOf("zaporizhia")).toContain("zaporizhzhia");
    expect(spellingsOf("kiev")).toEqual(["kiev", "kyiv"]);
    expect(spellingsOf("lugansk")).toContain("luhansk");
  });

  it("keeps the rest of the word around the place's name", () => {
    expect(spellingsOf("kiev's")).toEqual(["kiev's", "kyiv's"]);
  });

  it("leaves other words alone", () => {
    expect(spellingsOf("crimea")).toEqual(["crimea"]);
  });
});

describe("parseQuery", () => {
  it("gives each word of the query with its spellings", () => {
    expect(parseQuery("Donbass ceasefire")).toEqual([["donbass", "donbas"], ["ceasefire"]]);
  });

  it("leaves out words of a single letter, so that the first keystroke of a word filters nothing", () => {
    expect(parseQuery("g")).toEqual([]);
    expect(parseQuery("a Crimea")).toEqual([["crimea"]]);
    expect(parseQuery("EU")).toEqual([["eu"]]);
    expect(searches("g")).toBe(false);
    expect(searches(" g  x ")).toBe(false);
    expect(searches("gu")).toBe(true);
  });
});

describe("findRanges", () => {
  it("finds every occurrence of every word, case- and accent-insensitively", () => {
    expect(findRanges("Café and CAFE", ["cafe"])).toEqual([
      [0, 4],
      [9, 13],
    ]);
  });

  it("merges overlapping and touching matches", () => {
    expect(findRanges("peacekeeping", ["peace", "cekeep"])).toEqual([[0, 9]]);
  });
});

describe("snippet", () => {
  it("shows a window around the first match with ellipses where it cuts", () => {
    const text = `${"word ".repeat(40)}Crimea ${"more ".repeat(40)}`;
    const s = snippet(text, ["crimea"], 20)!;
    expect(s).toContain("Crimea");
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s.length).toBeLessThan(60);
  });

  it("returns null when no word occurs", () => {
    expect(snippet("nothing here", ["crimea"])).toBeNull();
  });
});
