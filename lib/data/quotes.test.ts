import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findQuote, firstDifference, lineAt, normalize, type QuoteSelector } from "./quotes";

const source = "The plan would freeze\nthe line. Russia  rejects it.\nThe plan would freeze the line again.";

/**
 * Runs findQuote in a child process that is killed after a few seconds, so that a selector
 * that would loop forever fails the test instead of hanging the whole run.
 */
function findQuoteWithin(seconds: number, text: string, selector: QuoteSelector) {
  const quotesModule = path.join(import.meta.dirname, "quotes.ts");
  const code = `import(${JSON.stringify(quotesModule)}).then((m) => console.log(JSON.stringify(m.findQuote(${JSON.stringify(text)}, ${JSON.stringify(selector)}))))`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", code], { encoding: "utf8", timeout: seconds * 1000 });
  expect(run.signal, "findQuote did not return in time").toBeNull();
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReturnType<typeof findQuote>;
}

describe("normalize", () => {
  it("collapses whitespace runs and maps each character back to the source", () => {
    const n = normalize("a \n\t b");
    expect(n.text).toBe("a b");
    expect([0, 1, 2, 3].map(n.at)).toEqual([0, 1, 5, 6]);
  });
});

describe("normalize", () => {
  it("maps every character back to the source across runs of every length", () => {
    const text = "  a\n\n b   c d\t\t\te ";
    const n = normalize(text);
    expect(n.text).toBe(" a b c d e ");
    expect([...n.text].map((ch, k) => [ch, text[n.at(k)]])).toEqual([...n.text].map((ch) => [ch, ch === " " ? expect.stringMatching(/\s/) : ch]));
    expect(n.at(n.text.length)).toBe(text.length);
  });
});

describe("lineAt", () => {
  it("counts \\n, \\r\\n and a lone \\r as line ends", () => {
    expect(["a\nb", "a\r\nb", "a\rb"].map((s) => lineAt(s, s.indexOf("b")))).toEqual([2, 2, 2]);
  });
});

describe("findQuote at scale", () => {
  it("offers the closest passage for a quote changed at its start, its end or its middle, in a 5 MB source", () => {
    const passageText = "the parties agreed to freeze the line of contact and to exchange all prisoners";
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(45_000);
    const big = `${filler}\n${passageText}.\n${filler}`;
    for (const quote of ["The parties agreed to freeze the line of contact", "to exchange all prisoner of war", "agreed to frieze the line of contact and to"]) {
      const m = findQuote(big, { quote });
      expect(m).toMatchObject({ ok: false, reason: "not-found", closest: { line: 2 } });
      if (!m.ok && m.reason === "not-found") expect(passageText).toContain(m.closest!.text.replace(/[.]$/, "").slice(0, 20));
    }
  }, 90_000);
});

describe("findQuote", () => {
  it("finds a quote whose line breaks and spaces differ from the source", () => {
    const m = findQuote(source, { quote: "the line.   Russia rejects it." });
    expect(m).toMatchObject({ ok: true });
    if (m.ok) expect(source.slice(m.start, m.end)).toBe("the line. Russia  rejects it.");
  });

  it("reports a quote found twice as ambiguous, with the lines of each", () => {
    const m = findQuote(source, { quote: "The plan would freeze" });
    expect(m).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!m.ok && m.reason === "ambiguous") expect(m.matches.map((x) => x.line)).toEqual([1, 3]);
  });

  it("tells two equal passages apart by suffix or prefix", () => {
    const bySuffix = findQuote(source, { quote: "The plan would freeze", suffix: "the line again" });
    expect(bySuffix.ok && source.slice(bySuffix.start).startsWith("The plan would freeze the line again")).toBe(true);
    const byPrefix = findQuote(source, { quote: "The plan would freeze", prefix: "rejects it." });
    expect(byPrefix).toEqual(bySuffix);
  });

  it("does not match a quote with one letter changed, and offers the closest passage", () => {
    const m = findQuote(source, { quote: "Russia rejected it." });
    expect(m).toMatchObject({ ok: false, reason: "not-found" });
    if (!m.ok && m.reason === "not-found") expect(m.closest?.text).toContain("Russia  rejects it");
  });

  it("treats curly and straight apostrophes as different characters", () => {
    expect(findQuote("Russia’s demands", { quote: "Russia's demands" }).ok).toBe(false);
  });

  it("returns at once for a quote of only spaces or line breaks, with or without a prefix or suffix", () => {
    for (const selector of [{ quote: "        " }, { quote: "\n\n\n\n\n\n\n\n\n", prefix: "The plan" }, { quote: "         ", suffix: "line" }]) {
      expect(findQuoteWithin(10, source, selector)).toMatchObject({ ok: false, reason: "not-found", closest: null });
    }
  }, 60_000);

  it("refuses a quote that starts or ends inside a word, and shows the whole words", () => {
    const starts = findQuote(source, { quote: "ussia  rejects it." });
    expect(starts).toMatchObject({ ok: false, reason: "mid-word", matches: [{ words: "Russia rejects it.", line: 2 }] });
    const ends = findQuote(source, { quote: "the line. Russia rej" });
    expect(ends).toMatchObject({ ok: false, reason: "mid-word", matches: [{ words: "the line. Russia rejects" }] });
  });

  it("accepts a quote that ends at punctuation or an apostrophe, and one of letters in other scripts", () => {
    expect(findQuote("Kyiv's line, held.", { quote: "Kyiv's line" }).ok).toBe(true);
    expect(findQuote("the Kremlin's view", { quote: "the Kremlin" }).ok).toBe(true);
    expect(findQuote("Україна не погодиться.", { quote: "Україна не" }).ok).toBe(true);
    expect(findQuote("Україна не погодиться.", { quote: "Україна н" })).toMatchObject({ reason: "mid-word" });
  });

  it("uses a whole-word occurrence when another one sits inside a longer word", () => {
    const m = findQuote("the planned talks; the plan talks", { quote: "the plan" });
    expect(m).toMatchObject({ ok: true, start: 19 });
  });

  it("says that a prefix does not match, and shows the text that really precedes the quote", () => {
    const m = findQuote(source, { quote: "Russia rejects it.", prefix: "the lines." });
    expect(m).toMatchObject({ ok: false, reason: "context", selector: "prefix", matches: [{ before: "The plan would freeze the line.", line: 2 }] });
  });

  it("says that a suffix does not match, and shows the text that really follows the quote", () => {
    const m = findQuote(source, { quote: "The plan would freeze", suffix: "the border" });
    expect(m).toMatchObject({ ok: false, reason: "context", selector: "suffix" });
    if (!m.ok && m.reason === "context") expect(m.matches.map((x) => x.after)).toEqual(["the line. Russia rejects it. The plan would freeze the line", "the line again."]);
  });
});

describe("firstDifference", () => {
  it("gives the index of the first differing character, ignoring whitespace runs", () => {
    expect(firstDifference("abc  def", "abc dxf")).toBe(5);
  });
});

describe("lineAt", () => {
  it("counts lines from one", () => {
    expect(lineAt("a\nb\nc", 4)).toBe(3);
  });
});
