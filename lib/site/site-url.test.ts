import { describe, expect, it } from "vitest";
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from "./site-url";

describe("siteUrl", () => {
  it("reads the origin from SITE_URL", () => {
    expect(siteUrl("https://positions.example.org").href).toBe("https://positions.example.org/");
  });

  it("falls back to localhost when SITE_URL is unset or not a URL", () => {
    expect(siteUrl(undefined).href).toBe(new URL(DEFAULT_SITE_URL).href);
    expect(siteUrl("not a url").href).toBe(new URL(DEFAULT_SITE_URL).href);
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
