import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  DEFAULT_SITE_URL,
  eventHref,
  issueHref,
  issueUrl,
  passageHref,
  parseSiteUrl,
  passageUrl,
  queryString,
  SiteUrlError,
  siteUrl,
  sourceUrl,
} from "./links";

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

describe("siteUrl", () => {
  it("reads the origin from SITE_URL", () => {
    expect(siteUrl("https://positions.example.org").href).toBe("https://positions.example.org/");
  });

  it("is localhost when SITE_URL is unset or blank", () => {
    expect(siteUrl(undefined).href).toBe(new URL(DEFAULT_SITE_URL).href);
    expect(siteUrl("  ").href).toBe(new URL(DEFAULT_SITE_URL).href);
  });

  it("refuses a malformed SITE_URL rather than fall back to localhost", () => {
    expect(() => siteUrl("not a url")).toThrow(SiteUrlError);
  });
});

describe("parseSiteUrl", () => {
  it("accepts an http or https address, with a base path, and trims it", () => {
    expect(parseSiteUrl(" https://example.org ")?.href).toBe("https://example.org/");
    expect(parseSiteUrl("http://127.0.0.1:3150")?.href).toBe("http://127.0.0.1:3150/");
    expect(parseSiteUrl("https://example.org/matrix/")?.href).toBe("https://example.org/matrix/");
  });

  it("is null when the value is unset or blank", () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl("")).toBeNull();
  });

  it("says what is wrong with a malformed value, and what would be right", () => {
    expect(() => parseSiteUrl("example.org")).toThrow('SITE_URL "example.org" is not an address: did you mean https://example.org?');
    expect(() => parseSiteUrl("not a url")).toThrow(/is not an address: give the site's public address, e\.g\. SITE_URL=https:/);
    expect(() => parseSiteUrl("ftp://example.org")).toThrow(/must start with https:\/\/ or http:\/\/ \(not ftp:\)/);
    expect(() => parseSiteUrl("https://example.org/?x=1")).toThrow(/no "\?" query and no "#" fragment/);
    expect(() => parseSiteUrl("https://example.org/#top")).toThrow(/no "\?" query/);
    expect(() => parseSiteUrl("https://me:secret@example.org")).toThrow(/must not carry a user name or password/);
  });
});

describe("absoluteUrl", () => {
  it("joins an app path to the origin", () => {
    expect(absoluteUrl("/issues/crimea", new URL("https://p.example"))).toBe("https://p.example/issues/crimea");
    expect(absoluteUrl("/", new URL("https://p.example"))).toBe("https://p.example/");
  });

  it("keeps a base path that SITE_URL carries", () => {
    expect(absoluteUrl("/sources", new URL("https://example.org/matrix"))).toBe("https://example.org/matrix/sources");
  });
});

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
