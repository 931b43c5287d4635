import { describe, expect, it } from "vitest";
import { citationMeta } from "./citation-meta";
import { COMPILER, DATASET_TITLE } from "./cite";

const site = new URL("https://positions.example.org/matrix/");

describe("citationMeta", () => {
  it("names the page, its publisher, its release date and its address under the site", () => {
    const meta = citationMeta({ title: "Crimea", path: "/v/2026.12.1/issues/crimea", release: { version: "2026.12.1", date: "2026-12-01" } }, site);
    expect(meta.citation_title).toBe("Crimea");
    expect(meta.citation_publisher).toBe(COMPILER);
    expect(meta.citation_journal_title).toBe(DATASET_TITLE);
    expect(meta.citation_publication_date).toBe("2026/12/01");
    expect(meta.citation_public_url).toBe("https://positions.example.org/matrix/v/2026.12.1/issues/crimea");
    expect(meta["DC.date"]).toBe("2026-12-01");
    expect(meta["DC.identifier"]).toBe(meta.citation_public_url);
  });

  it("gives no date before the first release rather than inventing one", () => {
    const meta = citationMeta({ title: "Crimea", path: "/issues/crimea", release: null }, site);
    expect(meta).not.toHaveProperty("citation_publication_date");
    expect(meta).not.toHaveProperty("DC.date");
  });

  it("names a source page by the source's own byline and date", () => {
    const meta = citationMeta({ title: "Plan text", path: "/sources/axios", release: null, source: { author: null, publisher: "Axios", date: "2025-11-20" } }, site);
    expect(meta.citation_publisher).toBe("Axios");
    expect(meta).not.toHaveProperty("citation_author");
    expect(meta.citation_publication_date).toBe("2025/11/20");
    expect(meta["DC.type"]).toBe("Text");
  });
});
