import type { Stance } from "@/lib/data/vocab";

/**
 * Each stance's colours: the pages take theirs from components/ui/ui.css, by class (a badge's
 * hues, a cell's left edge), and the link-preview images, which have no CSS, from the hex values
 * here. The icon and the word always go with them, so colour is never the only signal.
 */
export const stanceBadgeClass = (stance: Stance) => `s-${stance}`;
export const stanceEdgeClass = (stance: Stance) => `e-${stance}`;

export const STANCE_COLORS: Record<Stance, { hex: string; tint: string }> = {
  supports: { hex: "#15803d", tint: "#f0fdf4" },
  conditional: { hex: "#a16207", tint: "#fefce8" },
  alternative: { hex: "#1d4ed8", tint: "#eff6ff" },
  ambiguous: { hex: "#7e22ce", tint: "#faf5ff" },
  rejects: { hex: "#b91c1c", tint: "#fef2f2" },
  "not-addressed": { hex: "#64748b", tint: "#f8fafc" },
};
