import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { meterSvg, METER_LEVELS, STANCE_ICON_FILL, STANCE_ICON_PATHS, stanceIconCss, stanceIconSvg } from "./stance-icons";
import { STANCES } from "./vocab";

/** The SVG documents the CSS carries, by class, decoded as a browser reads the data URI. */
function masks(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, cls, uri] of css.matchAll(/\.([a-z-]+\d?)\{--i:url\("data:image\/svg\+xml,([^"]*)"\)\}/g)) found.set(cls!, decodeURIComponent(uri!));
  return found;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

describe("stanceIconCss", () => {
  const css = stanceIconCss();
  const byClass = masks(css);

  it("gives every stance and every meter level a mask, and nothing else", () => {
    expect([...byClass.keys()].sort()).toEqual([...STANCES.map((s) => `i-${s}`), ...METER_LEVELS.map((l) => `meter-${l}`)].sort());
    // Nothing the CSS could read as the end of the url() or of the rule.
    for (const svg of byClass.values()) expect(svg).not.toMatch(/["{}]/);
  });

  it("draws each icon from the one set of shapes the previews and the image export use", () => {
    for (const s of STANCES) {
      const svg = byClass.get(`i-${s}`)!;
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toBe(stanceIconSvg(s));
      const paths = [parser.parse(svg).svg.path].flat() as { d: string; fill?: string }[];
      expect(paths.map((p) => p.d)).toEqual([...(STANCE_ICON_FILL[s] ? [STANCE_ICON_FILL[s]] : []), STANCE_ICON_PATHS[s].join("")]);
    }
  });

  it("fills as many of the meter's three bars as its level", () => {
    for (const level of METER_LEVELS) {
      const svg = byClass.get(`meter-${level}`)!;
      expect(XMLValidator.validate(svg)).toBe(true);
      const bars = parser.parse(svg).svg.rect as { fill: string; height: string }[];
      expect(bars.map((b) => b.fill !== "none")).toEqual([0, 1, 2].map((i) => i < level));
      expect(bars.map((b) => Number(b.height))).toEqual([...bars.map((b) => Number(b.height))].sort((a, b) => a - b));
    }
    expect(meterSvg(3)).not.toBe(meterSvg(2));
  });
});
