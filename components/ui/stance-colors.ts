import type { Stance } from "@/lib/data/vocab";

/**
 * Each stance's colours, in one table: the classes of the pages (the issue pages' hues) and the
 * hex values of the link-preview images, which have no CSS. The icon and the word always go
 * with them, so colour is never the only signal.
 */
export const STANCE_COLORS: Record<Stance, { badge: string; edge: string; hex: string; tint: string }> = {
  supports: {
    badge: "border-green-300 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200",
    edge: "border-l-green-600 dark:border-l-green-500",
    hex: "#15803d",
    tint: "#f0fdf4",
  },
  conditional: {
    badge: "border-yellow-400 bg-yellow-50 text-yellow-900 dark:border-yellow-800 dark:bg-yellow-950 dark:text-yellow-200",
    edge: "border-l-yellow-600 dark:border-l-yellow-400",
    hex: "#a16207",
    tint: "#fefce8",
  },
  alternative: {
    badge: "border-blue-300 bg-blue-50 text-blue-800 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-200",
    edge: "border-l-blue-600 dark:border-l-blue-400",
    hex: "#1d4ed8",
    tint: "#eff6ff",
  },
  ambiguous: {
    badge: "border-purple-300 bg-purple-50 text-purple-800 dark:border-purple-800 dark:bg-purple-950 dark:text-purple-200",
    edge: "border-l-purple-600 dark:border-l-purple-400",
    hex: "#7e22ce",
    tint: "#faf5ff",
  },
  rejects: {
    badge: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
    edge: "border-l-red-600 dark:border-l-red-400",
    hex: "#b91c1c",
    tint: "#fef2f2",
  },
  "not-addressed": {
    badge: "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300",
    edge: "border-l-slate-300 dark:border-l-slate-600",
    hex: "#64748b",
    tint: "#f8fafc",
  },
};
