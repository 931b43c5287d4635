import { describe, expect, it } from "vitest";
import { NO_PAGE, rangeAnswer, rewriteFor, SHARED_VIEW, sharedViewRewrites, withoutTrailingSlash } from "./routing";

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

describe("withoutTrailingSlash", () => {
  it("drops the trailing slashes of an address, and leaves the home page and addresses without one alone", () => {
    expect(withoutTrailingSlash("/about/")).toBe("/about");
    expect(withoutTrailingSlash("/embed/issues/crimea//")).toBe("/embed/issues/crimea");
    for (const path of ["/", "/about", "/issues/crimea"]) expect(withoutTrailingSlash(path), path).toBeNull();
  });

  it("never leads to another host: leading slashes become one", () => {
    expect(withoutTrailingSlash("//evil.example/")).toBe("/evil.example");
    expect(withoutTrailingSlash("///")).toBe("/");
  });
});

describe("rangeAnswer", () => {
  it("passes a range within the file to Next.js", () => {
    for (const range of ["bytes=0-99", "bytes=0-", "bytes=99-", "bytes=-10", "bytes=0-999999"]) expect(rangeAnswer(range, 100), range).toBe("pass");
  });

  it("answers a range that starts past the end as unsatisfiable", () => {
    for (const range of ["bytes=999999999-", "bytes=100-", "bytes=100-200", "bytes=-0"]) expect(rangeAnswer(range, 100), range).toBe("unsatisfiable");
    expect(rangeAnswer("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores a malformed range, another unit, or several ranges: the whole file is sent", () => {
    for (const range of ["bytes=abc", "bytes=5-1", "bytes=-", "items=0-5", "bytes=0-1,3-4", ""]) expect(rangeAnswer(range, 100), range).toBe("ignore");
  });
});
