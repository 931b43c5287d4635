import { describe, expect, it } from "vitest";
import { cardHeight, EMBED_WIDTH, embedHref, fitSize, iframeCode, oembedUrl, parseTheme } from "./embed";

describe("embedHref", () => {
  it("is the issue's card under /embed/, with its theme unless it is the default, light", () => {
    expect(embedHref("crimea")).toBe("/embed/issues/crimea");
    expect(embedHref("crimea", "light")).toBe("/embed/issues/crimea");
    expect(embedHref("crimea", "auto")).toBe("/embed/issues/crimea?theme=auto");
  });

  it("is a release's card at the embed of that release's pinned page", () => {
    expect(embedHref("crimea", "light", "2026.12.1")).toBe("/embed/v/2026.12.1/issues/crimea");
    expect(embedHref("crimea", "dark", "2026.12.1")).toBe("/embed/v/2026.12.1/issues/crimea?theme=dark");
  });
});

describe("parseTheme", () => {
  it("reads light, dark or auto, and anything else as light", () => {
    expect([parseTheme("dark"), parseTheme("auto"), parseTheme("light")]).toEqual(["dark", "auto", "light"]);
    expect([parseTheme(null), parseTheme("DARK"), parseTheme("<x>")]).toEqual(["light", "light", "light"]);
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

  it("is taller the narrower the card, as its lines wrap", () => {
    const text = { title: "Where the line of contact runs", proposition: "The line is frozen. ".repeat(4), headline: "They split.", summaries: ["A summary. ".repeat(12), "No."] };
    expect(cardHeight(text, 340)).toBeGreaterThan(cardHeight(text, 480));
    expect(cardHeight(text, 480)).toBeGreaterThan(cardHeight(text, EMBED_WIDTH));
  });
});

describe("fitSize", () => {
  const height = (width: number) => 420_000 / width;
  it("is the card's width and height unless a consumer asks for less, the height computed for the width", () => {
    expect(fitSize(height)).toEqual({ width: EMBED_WIDTH, height: 700 });
    expect(fitSize(height, { width: 400 })).toEqual({ width: 400, height: 1050 });
    expect(fitSize(height, { width: 400, height: 500 })).toEqual({ width: 400, height: 500 });
    expect(fitSize(height, { width: 0, height: 2000 })).toEqual({ width: EMBED_WIDTH, height: 700 });
    expect(fitSize(height, { width: Number.NaN })).toEqual({ width: EMBED_WIDTH, height: 700 });
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
