import { describe, expect, it } from "vitest";
import { answersNotFound, documentPath, MISSING_ISSUE, NO_PAGE, rewriteFor, SHARED_VIEW, type RoutedRequest } from "./routing";

const context = { viewParams: ["cols", "show"], prerendered: new Set(["/", "/issues/crimea", "/issues/index.json", "/issues/old-name"]) };
const request = (address: string, patch: Partial<RoutedRequest> = {}): RoutedRequest => {
  const url = new URL(address, "http://x");
  return { pathname: url.pathname, searchParams: url.searchParams, method: "GET", ...patch };
};

describe("rewriteFor", () => {
  it("serves ordinary addresses as they are", () => {
    expect(rewriteFor(request("/"), context)).toBeNull();
    expect(rewriteFor(request("/issues/crimea?cols=russia"), context)).toBeNull();
    expect(rewriteFor(request("/issues/index.json"), context)).toBeNull();
    expect(rewriteFor(request("/issues/old-name"), context)).toBeNull();
    expect(rewriteFor(request("/sources/x"), context)).toBeNull();
  });

  it("renders a shared view of the matrix on demand, for GET and HEAD only", () => {
    expect(rewriteFor(request("/?cols=russia,ukraine&show=diverge"), context)).toBe(`${SHARED_VIEW}?cols=russia%2Cukraine&show=diverge`);
    expect(rewriteFor(request("/?cols=russia", { method: "HEAD" }), context)).toBe(`${SHARED_VIEW}?cols=russia`);
    expect(rewriteFor(request("/?cols=russia", { method: "POST" }), context)).toBeNull();
    expect(rewriteFor(request("/?utm_source=mail"), context)).toBeNull();
  });

  it("sends an unknown issue to the 404 that names the closest ones", () => {
    expect(rewriteFor(request("/issues/crimeaa"), context)).toBe(`${MISSING_ISSUE}/crimeaa`);
    expect(rewriteFor(request("/issues/%3Cscript%3E"), context)).toBe(`${MISSING_ISSUE}/%3Cscript%3E`);
    expect(rewriteFor(request("/issues/crimeaa"), { ...context, prerendered: null })).toBeNull();
    expect(rewriteFor(request("/issues/crimea/opengraph-image"), context)).toBeNull();
  });

  it("gives a malformed path the 404 page", () => {
    expect(rewriteFor(request("/issues/%E0%A4%A"), context)).toBe(NO_PAGE);
    expect(rewriteFor(request("/%"), context)).toBe(NO_PAGE);
  });
});

describe("documentPath", () => {
  it("is the matrix's page for a shared view, and the path itself otherwise", () => {
    expect(documentPath(SHARED_VIEW)).toBe("/");
    expect(documentPath("/issues/crimea")).toBe("/issues/crimea");
  });
});

describe("answersNotFound", () => {
  it("is true for an unknown issue's page only", () => {
    expect(answersNotFound(`${MISSING_ISSUE}/crimeaa`)).toBe(true);
    expect(answersNotFound("/issues/crimeaa")).toBe(false);
    expect(answersNotFound(`${MISSING_ISSUE}-x`)).toBe(false);
  });
});
