import { describe, expect, it } from "vitest";
import { articleMetadata, SITE_NAME } from "./metadata";

describe("articleMetadata", () => {
  it("names the page's canonical address and gives it an Open Graph article card", () => {
    const m = articleMetadata({ title: "Crimea", description: "Who holds what.", url: "/issues/crimea" });
    expect(m.alternates).toEqual({ canonical: "/issues/crimea" });
    expect(m.openGraph).toEqual({ type: "article", siteName: SITE_NAME, title: "Crimea", description: "Who holds what.", url: "/issues/crimea" });
    expect(m.title).toBe("Crimea");
  });
});
