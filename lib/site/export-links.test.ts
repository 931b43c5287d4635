import { describe, expect, it } from "vitest";
import { issueUrl, passageUrl, sourceUrl } from "./export-links";

describe("issueUrl", () => {
  it("is the issue's page under the site", () => {
    expect(issueUrl("https://example.org", "frozen-assets")).toBe("https://example.org/issues/frozen-assets");
  });

  it("does not double a slash when the site address ends with one", () => {
    expect(issueUrl("https://example.org/", "crimea")).toBe("https://example.org/issues/crimea");
  });

  it("keeps the base path of a site served below the domain's root", () => {
    expect(issueUrl("https://example.org/matrix", "crimea")).toBe("https://example.org/matrix/issues/crimea");
    expect(issueUrl("https://example.org/matrix/", "crimea")).toBe("https://example.org/matrix/issues/crimea");
  });
});

describe("sourceUrl", () => {
  it("is the source in the reader", () => {
    expect(sourceUrl("http://localhost:3000", "peace-talks")).toBe("http://localhost:3000/sources/peace-talks");
  });
});

describe("passageUrl", () => {
  it("points at the passage's offsets in the reader", () => {
    expect(passageUrl("http://localhost:3000", { source: "peace-talks", start: 12, end: 40 })).toBe(
      "http://localhost:3000/sources/peace-talks#q-12-40",
    );
  });
});
