import { describe, expect, it } from "vitest";
import { articleMetadata, PREVIEW_DESCRIPTION_MAX, previewDescription, SITE_NAME, truncate } from "./metadata";

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
  it("leads with the split, then the proposition, within what previews show", () => {
    const d = previewDescription("US plan and Russia support; Ukraine rejects", "Ukraine cedes Donbas. ".repeat(20));
    expect(d.startsWith("US plan and Russia support; Ukraine rejects. Proposition: Ukraine cedes Donbas.")).toBe(true);
    expect(d.length).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    expect(d.endsWith("…")).toBe(true);
  });

  it("keeps a short proposition whole", () => {
    expect(previewDescription("Europe supports; 4 silent", "EU rules apply.")).toBe("Europe supports; 4 silent. Proposition: EU rules apply.");
  });

  it("gives the split alone when the proposition would barely show", () => {
    const split = "A supports; B rejects; ".repeat(6).slice(0, 140);
    expect(previewDescription(split, "Something long enough to matter here.")).toBe(`${split}.`);
  });
});
