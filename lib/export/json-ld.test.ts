import { describe, expect, it } from "vitest";
import { datasetJsonLd, jsonLdText } from "./json-ld";

const edition = { asOf: "2025-12-04", release: { version: "2026.12.1", date: "2026-12-01" }, unreleased: 0 };

describe("datasetJsonLd", () => {
  it("describes the dataset with its name, version, licence, creator and downloads", () => {
    const ld = datasetJsonLd({ issues: [], positions: [] }, edition, "https://example.org/m/", new Date());
    expect(ld).toMatchObject({ "@type": "Dataset", version: "2026.12.1", license: "https://creativecommons.org/licenses/by/4.0/", creator: { name: "Positions Matrix project" } });
    expect(ld.distribution.map((d) => d.contentUrl)).toContain("https://example.org/m/export/positions-matrix-2026.12.1.zip");
  });
});

describe("jsonLdText", () => {
  it("cannot close its script element", () => {
    expect(jsonLdText({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(jsonLdText({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});
