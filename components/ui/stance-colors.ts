import type { Stance } from "@/lib/data/vocab";

/**
 * Each stance's classes: the pages take their colours from components/ui/ui.css by class (a
 * badge's hues, a cell's left edge, a mark), and ui.css from the CSS variables the root layout
 * writes out of lib/data/stance-style.ts, where the palette is defined once. The icon and the
 * word always go with them, so colour is never the only signal.
 */
export const stanceBadgeClass = (stance: Stance) => `s-${stance}`;
export const stanceEdgeClass = (stance: Stance) => `e-${stance}`;
