import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { citeAddress, cslItem, DATASET_TITLE, type CiteTarget } from "./cite";
import { formatCitation } from "./cite-format";

const release = { version: "2026.12.2", date: "2026-12-09" };
const site = "https://example.org/matrix/";
const accessed = new Date(2027, 0, 5, 12);
const targets: CiteTarget[] = [
  { kind: "dataset" },
  { kind: "issue", issue: "crimea", title: "Status of Crimea" },
  { kind: "cell", issue: "crimea", title: "Status of Crimea", position: "russia", positionLabel: "Russia's position" },
];

describe("citeAddress", () => {
  it("gives the dataset, an issue page and a cell's anchor under the site's address", () => {
    expect(targets.map((t) => citeAddress(t, site))).toEqual([
      "https://example.org/matrix/",
      "https://example.org/matrix/issues/crimea",
      "https://example.org/matrix/issues/crimea#russia",
    ]);
  });

  it("gives a release's pinned pages when a version is pinned", () => {
    expect(targets.map((t) => citeAddress(t, site, "2026.12.1"))).toEqual([
      "https://example.org/matrix/v/2026.12.1",
      "https://example.org/matrix/v/2026.12.1/issues/crimea",
      "https://example.org/matrix/v/2026.12.1/issues/crimea#russia",
    ]);
  });
});

describe("cslItem", () => {
  it("names the version, the release date, the address and the day of access", () => {
    const item = cslItem(targets[2]!, release, site, accessed);
    expect(item).toMatchObject({
      type: "dataset",
      title: "Status of Crimea: Russia's position",
      "container-title": DATASET_TITLE,
      version: "2026.12.2",
      issued: { "date-parts": [[2026, 12, 9]] },
      accessed: { "date-parts": [[2027, 1, 5]] },
      URL: "https://example.org/matrix/issues/crimea#russia",
    });
  });

  it("cites the pinned page of the release it names when asked to", () => {
    expect(cslItem(targets[1]!, release, site, accessed, true).URL).toBe("https://example.org/matrix/v/2026.12.2/issues/crimea");
    expect(cslItem(targets[1]!, null, site, accessed, true).URL).toBe("https://example.org/matrix/issues/crimea");
  });

  it("gives each target its own citation key", () => {
    const keys = targets.map((t) => cslItem(t, release, site, accessed)["citation-key"]);
    expect(new Set(keys).size).toBe(3);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe("formatCitation", () => {
  for (const target of targets) {
    const item = cslItem(target, release, site, accessed);
    const f = formatCitation(item);

    it(`APA and Chicago for the ${target.kind} name its title, version, address and day of access`, () => {
      expect(f.apa).toContain("(Version 2026.12.2)");
      expect(f.apa).toContain(`Retrieved January 5, 2027, from ${item.URL}`);
      expect(f.apa.startsWith("Positions Matrix project. (2026).")).toBe(true);
      expect(f.chicago).toContain("version 2026.12.2");
      expect(f.chicago).toContain(`Accessed January 5, 2027. ${item.URL}.`);
      expect(f.chicago.startsWith("Positions Matrix project. 2026.")).toBe(true);
    });

    it(`BibTeX and CSL-JSON for the ${target.kind} read back as the same item`, () => {
      const fromBibtex = new Cite(f.bibtex).data[0]!;
      expect(fromBibtex).toMatchObject({ version: "2026.12.2", URL: item.URL, title: item.title });
      expect(f.bibtex).toContain("urldate = {2027-01-05}");
      expect(f.bibtex.startsWith(`@dataset{${item["citation-key"]},`)).toBe(true);
      expect(JSON.parse(f.csl)).toEqual([item]);
      expect(new Cite(JSON.parse(f.csl)).data[0]).toMatchObject({ version: "2026.12.2", URL: item.URL });
    });
  }
});
