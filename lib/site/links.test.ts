import { describe, expect, it } from "vitest";
import { eventHref, issueHref, passageHref, passageId, queryString } from "./links";

describe("passageId", () => {
  it("names a passage by its offsets", () => {
    expect(passageId({ start: 12, end: 40 })).toBe("q-12-40");
  });
});

describe("passageHref", () => {
  it("points at the passage's anchor in its source's reader", () => {
    expect(passageHref({ source: "peace-talks", start: 3, end: 9 })).toBe("/sources/peace-talks#q-3-9");
  });
});

describe("issueHref", () => {
  it("points at the issue, a position's cell on it, and keeps a query before the fragment", () => {
    expect(issueHref("crimea")).toBe("/issues/crimea");
    expect(issueHref("crimea", "russia")).toBe("/issues/crimea#russia");
    expect(issueHref("crimea", "russia", "?cols=us,ru")).toBe("/issues/crimea?cols=us%2Cru#russia");
  });
});

describe("eventHref", () => {
  it("points at the event on the timeline", () => {
    expect(eventHref("geneva-talks")).toBe("/timeline#geneva-talks");
  });
});

describe("queryString", () => {
  it("keeps a hostile query a query: no fragment, no markup, no second path", () => {
    expect(queryString("?a=1#evil")).toBe("?a=1");
    expect(queryString('a="><script>')).toBe("?a=%22%3E%3Cscript%3E");
    expect(queryString("?//evil.example/")).toBe("?%2F%2Fevil.example%2F=");
  });
});
