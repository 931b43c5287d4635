/** What the benchmark takes from a dataset: its size, the pages to measure, and names for locators. */
import type { Dataset } from "../lib/data/schema";
import { STANCE_INFO } from "../lib/data/vocab";
import type { DatasetNames } from "./interactions";
import type { DatasetFacts } from "./results";

const citationsOf = (data: Dataset) => data.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations));

export function datasetFacts(data: Dataset): DatasetFacts {
  return {
    issues: data.issues.length,
    positions: data.positions.length,
    citations: citationsOf(data).length + data.events.reduce((n, e) => n + e.citations.length, 0),
    sources: data.sources.length,
    sourceBytes: data.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0),
  };
}

/**
 * The heaviest pages of each kind: the issue with the most citations, the source cited most
 * (the reader highlights every passage).
 */
export function pagesToMeasure(data: Dataset): { name: string; path: string }[] {
  const cited = (slug: string) => citationsOf(data).filter((c) => c.source === slug).length;
  const issue = [...data.issues].sort(
    (a, b) => Object.values(b.cells).flatMap((c) => c.citations).length - Object.values(a.cells).flatMap((c) => c.citations).length,
  )[0];
  const source = [...data.sources].sort((a, b) => cited(b.id) - cited(a.id))[0];
  return [
    { name: "matrix", path: "/" },
    ...(issue ? [{ name: "issue", path: `/issues/${issue.slug}` }] : []),
    ...(source ? [{ name: "source", path: `/sources/${source.id}` }] : []),
  ];
}

/**
 * Locator names for the latency driver. The search term is the prefix of a word found in some
 * issue titles but not most, so that each keystroke changes which rows show.
 */
export function datasetNames(data: Dataset): DatasetNames {
  const position = data.positions[1] ?? data.positions[0];
  const titles = data.issues.map((i) => i.title.toLowerCase());
  const counts = new Map<string, number>();
  for (const title of titles) for (const word of new Set(title.match(/\p{L}{6,}/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  const narrowing = [...counts].filter(([, n]) => n <= Math.max(1, titles.length / 4)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    stance: STANCE_INFO.rejects.label,
    category: data.categories[0]?.title ?? "",
    column: position ? [...new Set([position.label, position.shortLabel])] : [],
    searchTerm: (narrowing[0]?.[0] ?? "a").slice(0, 5),
  };
}
