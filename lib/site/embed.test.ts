import { describe, expect, it } from "vitest";
import { cardHeight, EMBED_WIDTH, embedHref, fitSize, iframeCode, oembedUrl } from "./embed";

describe("embedHref", () => {
  it("is the issue's card under /embed/", () => {
    expect(embedHref("crimea")).toBe("/embed/issues/crimea");
  });
});

describe("oembedUrl", () => {
  it("asks the site's oEmbed endpoint about a page, as JSON", () => {
    expect(oembedUrl("https://example.org/", "https://example.org/issues/crimea")).toBe(
      "https://example.org/oembed?url=https%3A%2F%2Fexample.org%2Fissues%2Fcrimea&format=json",
    );
  });
});

describe("cardHeight", () => {
  it("grows with the positions and the length of what they say", () => {
    const short = cardHeight({ title: "Crimea", proposition: "Ukraine cedes Crimea.", headline: "Opposed.", summaries: ["Yes.", "No."] });
    const more = cardHeight({ title: "Crimea", proposition: "Ukraine cedes Crimea.", headline: "Opposed.", summaries: ["Yes.", "No.", "Maybe."] });
    const longer = cardHeight({ title: "Crimea", proposition: "Ukraine cedes Crimea.", headline: "Opposed.", summaries: ["Yes. ".repeat(60), "No."] });
    expect(more).toBeGreaterThan(short);
    expect(longer).toBeGreaterThan(more);
    expect(short % 10).toBe(0);
  });
});

describe("fitSize", () => {
  it("keeps the card's size unless a consumer asks for less", () => {
    expect(fitSize({ width: EMBED_WIDTH, height: 700 })).toEqual({ width: EMBED_WIDTH, height: 700 });
    expect(fitSize({ width: EMBED_WIDTH, height: 700 }, { width: 400, height: 500 })).toEqual({ width: 400, height: 500 });
    expect(fitSize({ width: EMBED_WIDTH, height: 700 }, { width: 0, height: 2000 })).toEqual({ width: EMBED_WIDTH, height: 700 });
  });
});

describe("iframeCode", () => {
  it("frames the card at its size, and escapes the title", () => {
    const code = iframeCode({ src: "https://example.org/embed/issues/x", title: `"Quotes" & <tags>`, width: 600, height: 480 });
    expect(code).toBe(
      '<iframe src="https://example.org/embed/issues/x" title="&quot;Quotes&quot; &amp; &lt;tags&gt;" width="600" height="480" style="width:100%;max-width:600px;border:0" loading="lazy"></iframe>',
    );
  });
});
