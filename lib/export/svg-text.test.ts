import { describe, expect, it } from "vitest";
import { escapeXml, textBlock, textWidth, wrapText } from "./svg-text";

describe("escapeXml", () => {
  it("escapes every character that could end text or an attribute", () => {
    expect(escapeXml(`<a href="x">'R&D'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;R&amp;D&apos;&lt;/a&gt;");
  });
});

describe("wrapText", () => {
  it("breaks between words so that no line is wider than the width", () => {
    const text = "Ukraine cedes the parts of Donetsk oblast it still holds to Russia as a demilitarised zone";
    const lines = wrapText(text, 300, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(300);
  });

  it("cuts a word longer than a line, and ends the last kept line with an ellipsis when the text goes on", () => {
    expect(wrapText("x".repeat(50), 100, 10).every((l) => textWidth(l, 10) <= 100)).toBe(true);
    const lines = wrapText("one two three four five six seven eight nine ten", 60, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });

  it("gives no line for empty text", () => {
    expect(wrapText("   ", 100, 10)).toEqual([]);
  });
});

describe("textBlock", () => {
  it("puts each line in a tspan, the first at y, the next a line height lower, its text escaped", () => {
    expect(textBlock(["a<b", "c"], 10, 20, 18, 'font-size="14"')).toBe(
      '<text font-size="14"><tspan x="10" y="20">a&lt;b</tspan><tspan x="10" dy="18">c</tspan></text>',
    );
  });
});
