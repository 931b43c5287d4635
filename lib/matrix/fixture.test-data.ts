/**
 * A small matrix for unit tests: three positions, two categories, five issues. Cells rest on one
 * anonymous report unless they say otherwise: Alpha on the border quotes its own words, Beta on
 * Crimea is reported by two sources, Alpha on the zones by one named source.
 */
import type { MatrixCell, MatrixData } from "./data";
import { cellStrength } from "../data/strength";
import type { CitationKind, Stance } from "../data/vocab";

const ANONYMOUS: Record<string, boolean> = { src: true, named: false };

type Evidence = { kind?: CitationKind; sources?: string[]; disagreement?: string };

const cell = (stance: Stance, summary = `A summary for ${stance}.`, quotes: string[] = [], evidence: Evidence = {}): MatrixCell => {
  const { kind = "reporting", sources = ["src"], disagreement } = evidence;
  const texts = stance === "not-addressed" ? [] : quotes.length ? quotes : sources.map(() => "A quoted passage from the source.");
  const citations = texts.map((quote, i) => {
    const source = sources[i % sources.length]!;
    return { id: `${source}:${i * 100}-${i * 100 + quote.length}`, source, quote, kind, start: i * 100, end: i * 100 + quote.length };
  });
  return {
    stance,
    summary: stance === "not-addressed" ? "Not addressed in the sources." : summary,
    citations,
    strength: cellStrength({ stance, disagreement }, citations, (id) => ({ anonymous: ANONYMOUS[id] ?? true })),
    ...(disagreement ? { disagreement } : {}),
  };
};

export const fixture: MatrixData = {
  positions: [
    { slug: "alpha", label: "Alpha plan", shortLabel: "Alpha", kind: "document", scope: "Its terms.", default: true, stated: 5 },
    { slug: "beta", label: "Beta position", shortLabel: "Beta", kind: "actor", scope: "What it says.", default: true, stated: 4 },
    { slug: "gamma", label: "Gamma draft", shortLabel: "Gamma", kind: "document", scope: "Its terms.", default: false, stated: 3 },
  ],
  categories: [
    { slug: "land", title: "Land" },
    { slug: "money", title: "Money" },
  ],
  issues: [
    {
      slug: "border",
      title: "Where the border runs",
      proposition: "The line is frozen.",
      category: "land",
      cells: {
        alpha: cell("supports", "Freeze the line at Zaporizhzhia.", [], { kind: "own-words", disagreement: "One source gives 25%, another 20%." }),
        beta: cell("rejects"),
        gamma: cell("supports"),
      },
    },
    {
      slug: "crimea",
      title: "Status of Crimea",
      proposition: "Crimea is ceded.",
      category: "land",
      cells: { alpha: cell("supports"), beta: cell("supports", undefined, [], { sources: ["src", "named"] }), gamma: cell("not-addressed") },
    },
    {
      slug: "zones",
      title: "Demilitarized zones",
      proposition: "A zone is created.",
      category: "land",
      cells: { alpha: cell("conditional", undefined, [], { sources: ["named"] }), beta: cell("not-addressed"), gamma: cell("not-addressed") },
    },
    {
      slug: "assets",
      title: "Frozen assets",
      proposition: "Assets fund reconstruction.",
      category: "money",
      cells: {
        alpha: cell("alternative", "Use them for a joint fund.", ["The assets would go to a US-led fund", "Résumé of the café deal"]),
        beta: cell("ambiguous"),
        gamma: cell("supports"),
      },
    },
    {
      slug: "sanctions",
      title: "Sanctions relief",
      proposition: "Sanctions are lifted.",
      category: "money",
      cells: { alpha: cell("conditional"), beta: cell("conditional"), gamma: cell("conditional") },
    },
  ],
  sources: {
    src: { id: "src", title: "A source", date: "1 December 2025", kind: "analysis", byline: "anonymous", anonymous: true },
    named: { id: "named", title: "A named report", date: "2 December 2025", kind: "news-report", byline: "A. Reporter", anonymous: false },
  },
};
