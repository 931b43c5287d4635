import { describe, expect, it } from "vitest";
import { reportBody, reportHref } from "./report";

const cell = { what: "Status of Crimea × Russia's position", address: "https://example.org/issues/crimea#russia", stance: "Rejects", version: "2026.12.1" };

describe("reportBody", () => {
  it("names what is reported, its address, the stance shown and the version", () => {
    const body = reportBody(cell);
    for (const line of ["What: Status of Crimea × Russia's position", "Address: https://example.org/issues/crimea#russia", "Stance shown: Rejects", "Version: 2026.12.1"])
      expect(body).toContain(line);
    expect(reportBody({ what: "Status of Crimea", address: "https://example.org/issues/crimea" })).toContain("Version: not yet released");
  });
});

describe("reportHref", () => {
  it("prefills an issue form's title and body, keeping the form's own query", () => {
    const href = new URL(reportHref({ kind: "url", url: "https://example.org/issues/new?template=error.yml" }, cell));
    expect(href.searchParams.get("template")).toBe("error.yml");
    expect(href.searchParams.get("title")).toBe("Error in Status of Crimea × Russia's position");
    expect(href.searchParams.get("body")).toBe(reportBody(cell));
  });

  it("prefills an email's subject and body", () => {
    const href = reportHref({ kind: "email", address: "errata@example.org" }, cell);
    expect(href.startsWith("mailto:errata@example.org?subject=Error%20in%20Status%20of%20Crimea")).toBe(true);
    expect(decodeURIComponent(href.split("&body=")[1]!)).toBe(reportBody(cell));
  });
});
