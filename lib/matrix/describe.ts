/** The active view in words: for people (the status line, the printed page) and for file names. */
import type { MatrixData } from "./data";
import { searches } from "./search";
import { SORTS, sortOf } from "./sorts";
import { viewContext, type View } from "./view";
import { STANCE_INFO, STRENGTH_INFO } from "../data/vocab";

function labels<T extends { slug: string }>(items: readonly T[], slugs: readonly string[], label: (item: T) => string) {
  return slugs.flatMap((slug) => items.filter((i) => i.slug === slug).map(label));
}

/** One phrase per active setting, e.g. ["Comparing US plan and Russia", "Only where they diverge"]. */
export function describeView(view: View, data: MatrixData): string[] {
  const parts: string[] = [];
  if (view.compare) {
    parts.push(`Comparing ${labels(data.positions, view.compare, (p) => p.shortLabel).join(" and ")}`);
    if (view.quotes) parts.push("Quotes side by side");
  } else if (view.positions.join() !== data.positions.map((p) => p.slug).join()) {
    parts.push(`Positions: ${labels(data.positions, view.positions, (p) => p.shortLabel).join(", ")}`);
  }
  if (view.show === "agree") parts.push("Only issues where the shown positions agree");
  if (view.show === "diverge") parts.push("Only issues where the shown positions diverge");
  if (view.categories.length) parts.push(`Categories: ${labels(data.categories, view.categories, (c) => c.title).join(", ")}`);
  if (view.stances.length) parts.push(`Stances: ${view.stances.map((s) => STANCE_INFO[s].label).join(", ")}`);
  if (view.strengths.length) parts.push(`Evidence: ${view.strengths.map((s) => STRENGTH_INFO[s].label).join(", ")}`);
  if (searches(view.q)) parts.push(`Search: “${view.q.trim()}”`);
  const sort = sortOf(view);
  if (sort !== SORTS[0]) parts.push(`Sorted by ${sort.phrase}`);
  if (view.collapsed.length) parts.push(`Folded: ${labels(data.categories, view.collapsed, (c) => c.title).join(", ")}`);
  return parts;
}

/**
 * A few words naming what the view holds, for a file name: "divergent", "US plan vs Russia
 * agreed", "territory security search Crimea". Empty for the default view. `fileNamePart`
 * (lib/export/csv.ts) makes them safe for a file name and short, once.
 */
export function describeViewForFileName(view: View, data: MatrixData): string {
  const parts: string[] = [];
  if (view.compare) parts.push(labels(data.positions, view.compare, (p) => p.shortLabel).join(" vs "));
  else if (view.positions.join() !== viewContext(data).defaults.join()) parts.push(`${view.positions.length} positions`);
  if (view.show === "agree") parts.push("agreed");
  if (view.show === "diverge") parts.push("divergent");
  parts.push(...view.categories);
  parts.push(...view.stances);
  parts.push(...view.strengths);
  if (searches(view.q)) parts.push(`search ${view.q.trim()}`);
  return parts.join(" ");
}
