import { describe, expect, it } from "vitest";
import { issueHref, quoteHref } from "./matrix-links";

describe("quoteHref", () => {
  it("points at the passage's offsets in the source reader", () => {
    expect(quoteHref({ source: "peace-talks", start: 12, end: 80 })).toBe("/sources/peace-talks#q-12-80");
  });
});

describe("issueHref", () => {
  it("carries the view's query string and, when given, the position's anchor", () => {
    expect(issueHref("crimea")).toBe("/issues/crimea");
    expect(issueHref("crimea", "cat=territory&q=a+b")).toBe("/issues/crimea?cat=territory&q=a+b");
    expect(issueHref("crimea", "", "russia")).toBe("/issues/crimea#russia");
    expect(issueHref("crimea", "show=agree", "russia")).toBe("/issues/crimea?show=agree#russia");
  });
});
