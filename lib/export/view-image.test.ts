import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { STANCE_PALETTE } from "../data/stance-style";
import { STANCE_INFO, STANCES, SILENT_SUMMARY, type Stance } from "../data/vocab";
import type { ViewExport } from "./rows";
import { viewImage, viewSvg, type ViewImage } from "./view-image";

const icons = Object.fromEntries(STANCES.map((s) => [s, { paths: ["M5 12h14"], ...(s === "conditional" ? { fill: "M12 4z" } : {}) }])) as Record<Stance, { paths: string[]; fill?: string }>;

const view = (patch: Partial<ViewImage> = {}): ViewImage => ({
  title: "Positions Matrix: the proposals to end the war in Ukraine",
  description: "2 positions divergent",
  positions: [{ label: "US 28-point plan" }, { label: "Russia <official>" }],
  rows: [
    { title: "Crimea", proposition: "Ukraine cedes Crimea to Russia & more.", cells: [{ stance: "supports", summary: "Yes." }, { stance: "not-addressed", summary: SILENT_SUMMARY }] },
    { title: "Sanctions relief", proposition: "Sanctions are lifted in stages.", cells: [{ stance: "rejects", summary: "A long summary. ".repeat(20) }, { stance: "conditional", summary: "Only if." }] },
  ],
  mode: "marks",
  version: "2026.12.4",
  date: "6 December 2026",
  address: "https://example.org/?cols=us,russia&show=diverge",
  ...patch,
});

/** Every piece of text the SVG shows, in order, its lines joined. */
function texts(svg: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === "tspan" || name === "text" });
  const collect = (node: unknown): string[] =>
    typeof node === "string" || typeof node === "number"
      ? [String(node)]
      : Array.isArray(node)
        ? node.flatMap(collect)
        : node && typeof node === "object"
          ? Object.entries(node).flatMap(([k, v]) => (k === "text" ? (v as unknown[]).map((t) => collect(t).join(" ")) : collect(v)))
          : [];
  return collect(parser.parse(svg));
}

describe("viewSvg", () => {
  const { svg, width, height } = viewSvg(view(), icons);
  const shown = texts(svg).join("\n");

  it("is well-formed SVG of the size it states, wide enough for a slide", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`));
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBeGreaterThan(300);
  });

  it("shows the title, the view, every issue with its proposition and every position, in order, escaped", () => {
    for (const words of ["Positions Matrix", "View: 2 positions divergent", "Crimea", "Ukraine cedes Crimea to Russia & more.", "Sanctions relief", "US 28-point plan", "Russia <official>"]) {
      expect(shown).toContain(words);
    }
    expect(shown.indexOf("Crimea")).toBeLessThan(shown.indexOf("Sanctions relief"));
    expect(svg).toContain("&lt;official&gt;");
    expect(svg).not.toContain("<official>");
  });

  it("gives each cell its stance's word and colour, and says silence as silence", () => {
    expect(svg.match(/<g data-stance="[^"]+"/g)).toEqual(['<g data-stance="supports"', '<g data-stance="not-addressed"', '<g data-stance="rejects"', '<g data-stance="conditional"']);
    expect(svg).toContain(`fill="${STANCE_PALETTE.rejects.light}"`);
    expect(shown).toContain(STANCE_INFO["not-addressed"].label);
    expect(shown).not.toMatch(/Not addressed/);
  });

  it("names the data's version, the date and the view's address, escaped", () => {
    expect(shown).toContain("Data version 2026.12.4 · exported 6 December 2026 · https://example.org/?cols=us,russia&show=diverge");
    expect(svg).toContain("?cols=us,russia&amp;show=diverge");
  });

  it("leaves summaries out as marks, and writes them, silence in words, with summaries", () => {
    expect(shown).not.toContain("A long summary.");
    const withSummaries = texts(viewSvg(view({ mode: "summaries" }), icons).svg).join("\n");
    expect(withSummaries).toContain("A long summary.");
    expect(withSummaries).toContain("The sources are silent on this.");
    expect(viewSvg(view({ mode: "summaries" }), icons).height).toBeGreaterThan(height);
  });

  it("grows wider with more positions and taller with more rows", () => {
    const more = view({ positions: [...view().positions, ...Array.from({ length: 6 }, (_, i) => ({ label: `P${i}` }))] });
    expect(viewSvg(more, icons).width).toBeGreaterThan(width);
    expect(viewSvg(view({ rows: [...view().rows, ...view().rows] }), icons).height).toBeGreaterThan(height);
  });
});

describe("viewImage", () => {
  const exported: ViewExport = {
    positions: [{ slug: "us", label: "US plan" }, { slug: "ru", label: "Russia" }],
    rows: [
      {
        slug: "crimea",
        title: "Crimea",
        proposition: "Ukraine cedes Crimea.",
        category: "Territory",
        cells: { ru: { stance: "supports", citations: 2, summary: "Yes.", evidence: "Own words" } },
        agreement: "few",
        distance: null,
      },
    ],
    description: "territory",
    query: "cat=territory",
    version: "2026.12.4",
  };
  const at = { siteUrl: "https://example.org/", exportedAt: new Date(2026, 11, 6, 12) };

  it("draws the view's rows and columns in screen order, with the view's address, version and day", () => {
    const image = viewImage(exported, "marks", at);
    expect(image.positions.map((p) => p.label)).toEqual(["US plan", "Russia"]);
    expect(image.rows).toEqual([
      { title: "Crimea", proposition: "Ukraine cedes Crimea.", cells: [{ stance: "not-addressed", summary: SILENT_SUMMARY }, expect.objectContaining({ stance: "supports", summary: "Yes." })] },
    ]);
    expect([image.address, image.version, image.date]).toEqual(["https://example.org/?cat=territory", "2026.12.4", "6 December 2026"]);
  });

  it("names its files by version, day, view and whether it has summaries", () => {
    expect(viewImage(exported, "marks", at).fileName("png")).toBe("positions-matrix-2026.12.4-2026-12-06-territory.png");
    expect(viewImage(exported, "summaries", at).fileName("svg")).toBe("positions-matrix-2026.12.4-2026-12-06-territory-summaries.svg");
  });
});
