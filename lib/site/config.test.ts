import { describe, expect, it } from "vitest";
import { siteConfig } from "./config";

describe("siteConfig", () => {
  it("has no report address and no repository when none is set", () => {
    expect(siteConfig({})).toEqual({ report: null, repository: null });
    expect(siteConfig({ REPORT_ERRORS_TO: "  ", REPOSITORY_URL: "" })).toEqual({ report: null, repository: null });
  });

  it("reads an issue form's address, an email address (with or without mailto:) and the repository", () => {
    expect(siteConfig({ REPORT_ERRORS_TO: "https://example.org/issues/new" }).report).toEqual({ kind: "url", url: "https://example.org/issues/new" });
    expect(siteConfig({ REPORT_ERRORS_TO: "mailto:errata@example.org" }).report).toEqual({ kind: "email", address: "errata@example.org" });
    expect(siteConfig({ REPOSITORY_URL: "https://example.org/matrix" }).repository).toBe("https://example.org/matrix");
  });

  it("refuses a malformed value loudly, naming the variable", () => {
    expect(() => siteConfig({ REPORT_ERRORS_TO: "javascript:alert(1)" })).toThrow(/REPORT_ERRORS_TO/);
    expect(() => siteConfig({ REPOSITORY_URL: "not a url" })).toThrow(/REPOSITORY_URL/);
  });
});
