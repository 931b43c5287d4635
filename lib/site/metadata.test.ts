import { describe, expect, it } from "vitest";
import { articleMetadata, previewDescription, SITE_NAME, truncate } from "./metadata";

describe("articleMetadata", () => {
  it("names the page's canonical address and gives it an Open Graph article card", () => {
    const m = articleMetadata({ title: "Crimea", description: "Who holds what.", url: "/issues/crimea" });
    expect(m.alternates).toEqual({ canonical: "/issues/crimea" });
    expect(m.openGraph).toEqual({ type: "article", siteName: SITE_NAME, title: "Crimea", description: "Who holds what.", url: "/issues/crimea" });
    expect(m.title).toBe("Crimea");
  });
});

describe("truncate", () => {
  it("leaves short text alone, whitespace squashed", () => {
    expect(truncate("Status of\n Crimea", 50)).toBe("Status of Crimea");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const cut = truncate("The positions are opposed: US plan supports the proposition; Ukraine rejects it.", 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe("The positions are opposed: US plan…");
  });
});

describe("previewDescription", () => {
  it("joins definition and summary within 200 characters", () => {
    const d = previewDescription("Whether Crimea is ceded.", "x ".repeat(200));
    expect(d.startsWith("Whether Crimea is ceded. x")).toBe(true);
    expect(d.length).toBeLessThanOrEqual(200);
  });
});
