import { describe, expect, it } from "vitest";
import { NO_PAGE, rewriteFor, SHARED_VIEW, sharedViewRewrites } from "./routing";

describe("rewriteFor", () => {
  it("serves ordinary addresses as they are, unknown issues included (the prerendered 404)", () => {
    for (const path of ["/", "/issues/crimea", "/issues/index.json", "/issues/crimeaa", "/sources/x"]) expect(rewriteFor(path), path).toBeNull();
  });

  it("gives a malformed path the 404 page", () => {
    expect(rewriteFor("/issues/%E0%A4%A")).toBe(NO_PAGE);
    expect(rewriteFor("/%")).toBe(NO_PAGE);
  });
});

describe("sharedViewRewrites", () => {
  it("sends `/` with any view parameter to the shared view, but not the router's own fetches", () => {
    const rules = sharedViewRewrites(["cols", "show"]);
    expect(rules.map((r) => r.has)).toEqual([[{ type: "query", key: "cols" }], [{ type: "query", key: "show" }]]);
    for (const rule of rules) {
      expect(rule.source).toBe("/");
      expect(rule.destination).toBe(SHARED_VIEW);
      expect(rule.missing).toEqual([{ type: "header", key: "sec-fetch-dest", value: "empty" }]);
    }
  });
});
