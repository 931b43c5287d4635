import { describe, expect, it } from "vitest";
import { hedgesIn, outsideSpans, quotedSpans, sentenceStart } from "./sentences";

const spanTexts = (text: string) => quotedSpans(text).map((s) => text.slice(s.start, s.end));

describe("quotedSpans", () => {
  it("finds curly and straight double quotations, marks included, and leaves apostrophes alone", () => {
    const text = `Kyiv’s envoy said “no deal” and "not now"; it’s over.`;
    expect(spanTexts(text)).toEqual(["“no deal”", '"not now"']);
  });

  it("closes a quotation left open at the end of a paragraph, as one running over paragraphs is written", () => {
    const text = "“First paragraph.\n\n“Second one, closed.”\nAfter.";
    expect(spanTexts(text)).toEqual(["“First paragraph.", "“Second one, closed.”"]);
  });
});

describe("outsideSpans", () => {
  it("gives the parts of a passage outside every quotation", () => {
    const text = `He said “yes” twice.`;
    const out = outsideSpans(quotedSpans(text), 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(out).toEqual(["He said ", " twice."]);
  });
});

describe("sentenceStart", () => {
  const text = "The U.S. envoys met Mr. Putin. Emerging details suggest that he said no.\n\nNew paragraph here";
  it("finds the start of the sentence, past abbreviations such as U.S. and Mr.", () => {
    expect(text.slice(sentenceStart(text, text.indexOf("Putin")))).toMatch(/^The U\.S\. envoys/);
    expect(text.slice(sentenceStart(text, text.indexOf("he said")))).toMatch(/^Emerging details/);
  });

  it("starts a sentence after a blank line", () => {
    expect(text.slice(sentenceStart(text, text.indexOf("here")))).toMatch(/^New paragraph/);
  });
});

describe("hedgesIn", () => {
  it("finds the words that hedge a claim, and not ordinary ones", () => {
    expect(hedgesIn("Emerging details suggest that")).toEqual(["suggest that"]);
    expect(hedgesIn("As early as an earlier engagement, it was reported that the envoys")).toEqual(["reported"]);
    expect(hedgesIn("According to Kyiv, Moscow reportedly claimed")).toEqual(["According to", "reportedly", "claimed"]);
    expect(hedgesIn("French President Emmanuel Macron insisted that no settlement could be finalized")).toEqual([]);
  });
});
