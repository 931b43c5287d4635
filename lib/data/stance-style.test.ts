import { describe, expect, it } from "vitest";
import { PAGE_BACKGROUND, STANCE_PALETTE, STANCE_TINT, stanceCssVariables, type ThemedHex } from "./stance-style";
import { STANCES } from "./vocab";

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** Machado, Oliveira and Fernandes (2009), full severity, on linear RGB. */
const DEFICIENCIES: Record<string, number[][]> = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lab = (lin: number[]) => {
  const [r = 0, g = 0, b = 0] = lin.map((v) => Math.min(1, Math.max(0, v)));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const seenWith = (hex: string, m: number[][]) => {
  const lin = rgb(hex).map(linear);
  return lab(m.map((row) => row.reduce((sum, k, i) => sum + k * (lin[i] ?? 0), 0)));
};
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));
const hue = (hex: string) => {
  const [r, g, b] = rgb(hex);
  const max = Math.max(r, g, b), d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const THEMES: (keyof ThemedHex)[] = ["light", "dark"];

describe("STANCE_PALETTE", () => {
  it("gives every stance's ink WCAG AA contrast on the page and on its tint, light and dark", () => {
    for (const theme of THEMES)
      for (const s of STANCES) {
        expect(contrast(STANCE_PALETTE[s][theme], PAGE_BACKGROUND[theme]), `${s} on the ${theme} page`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(STANCE_PALETTE[s][theme], STANCE_TINT[s][theme]), `${s} on its ${theme} tint`).toBeGreaterThanOrEqual(4.5);
      }
  });

  it("keeps every pair of stances apart for the common colour-vision deficiencies", () => {
    for (const theme of THEMES)
      for (const [name, m] of Object.entries(DEFICIENCIES))
        for (const [i, a] of STANCES.entries())
          for (const b of STANCES.slice(i + 1)) {
            const d = distance(seenWith(STANCE_PALETTE[a][theme], m), seenWith(STANCE_PALETTE[b][theme], m));
            expect(d, `${a} / ${b}, ${theme}, ${name}`).toBeGreaterThan(7);
          }
  });

  it("paints neither Supports green nor Rejects red", () => {
    for (const theme of THEMES) {
      const supports = hue(STANCE_PALETTE.supports[theme]);
      const rejects = hue(STANCE_PALETTE.rejects[theme]);
      expect(supports < 75 || supports > 165, `supports hue ${supports}`).toBe(true);
      expect(rejects > 15 && rejects < 345, `rejects hue ${rejects}`).toBe(true);
    }
  });
});

describe("stanceCssVariables", () => {
  it("declares each stance's ink and tint, with the dark values for dark screens only", () => {
    const css = stanceCssVariables();
    for (const s of STANCES) {
      expect(css).toContain(`--s-${s}:${STANCE_PALETTE[s].light};`);
      expect(css).toContain(`--s-${s}-tint:${STANCE_TINT[s].dark};`);
    }
    expect(css.indexOf(STANCE_PALETTE.supports.dark)).toBeGreaterThan(css.indexOf("prefers-color-scheme:dark"));
  });
});
