import type { Stance } from "@/lib/data/vocab";

/**
 * Each stance's colours, in one table: the classes of the pages (a badge's hues and a cell's
 * left edge, whose colours components/ui/ui.css gives under these names) and the hex values of
 * the link-preview images, which have no CSS. The icon and the word always go with them, so
 * colour is never the only signal.
 */
export const STANCE_COLORS: Record<Stance, { badge: string; edge: string; hex: string; tint: string }> = {
  supports: {
    badge: "s-supports",
    edge: "e-supports",
    hex: "#15803d",
    tint: "#f0fdf4",
  },
  conditional: {
    badge: "s-conditional",
    edge: "e-conditional",
    hex: "#a16207",
    tint: "#fefce8",
  },
  alternative: {
    badge: "s-alternative",
    edge: "e-alternative",
    hex: "#1d4ed8",
    tint: "#eff6ff",
  },
  ambiguous: {
    badge: "s-ambiguous",
    edge: "e-ambiguous",
    hex: "#7e22ce",
    tint: "#faf5ff",
  },
  rejects: {
    badge: "s-rejects",
    edge: "e-rejects",
    hex: "#b91c1c",
    tint: "#fef2f2",
  },
  "not-addressed": {
    badge: "s-not-addressed",
    edge: "e-not-addressed",
    hex: "#64748b",
    tint: "#f8fafc",
  },
};
