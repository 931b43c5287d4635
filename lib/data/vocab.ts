/** Option sets: each feeds a z.enum, the labels in the UI and the filters alike. */

export const STANCES = [
  "supports",
  "conditional",
  "alternative",
  "ambiguous",
  "rejects",
  "not-addressed",
] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_INFO: Record<Stance, { label: string; icon: string; meaning: string }> = {
  supports: {
    label: "Supports",
    icon: "✓",
    meaning: "Demands, proposes or accepts the issue's proposition.",
  },
  conditional: {
    label: "Conditional",
    icon: "◐",
    meaning: "Accepts the proposition only under stated conditions or in part.",
  },
  alternative: {
    label: "Alternative",
    icon: "⇄",
    meaning: "Proposes a different arrangement in place of the proposition.",
  },
  ambiguous: {
    label: "Ambiguous",
    icon: "?",
    meaning: "Has spoken to the issue, but the sources leave the position unclear or contradictory.",
  },
  rejects: {
    label: "Rejects",
    icon: "✕",
    meaning: "Refuses the proposition.",
  },
  // The code stays "not-addressed" in the data, the JSON and the CSVs' stance column (for
  // compatibility); what it means, and what every label says, is that the sources are silent.
  "not-addressed": {
    label: "Sources silent",
    icon: "–",
    meaning: "No source we hold speaks to this for this position. Silence is not a stance: nothing is inferred from it.",
  },
};

/** Each stance's label, for CSVs, previews and images: the same words as the page's badges. */
export const STANCE_LABELS: Record<Stance, string> = Object.fromEntries(STANCES.map((s) => [s, STANCE_INFO[s].label])) as Record<Stance, string>;

/** What a silent cell's summary holds in the data files: the same everywhere, so search skips it. */
export const SILENT_SUMMARY = "Not addressed in the sources.";

/** What a silent cell says where people read it, in place of the data's SILENT_SUMMARY. */
export const SILENT_WORDS = "The sources are silent on this.";

/**
 * A cell's summary as shown: the silent one in words that cannot be read as the party's stance.
 * A silent cell may go on to say why (what the sources do say nearby); only its opening changes.
 */
export function shownSummary(summary: string): string {
  return summary.startsWith(SILENT_SUMMARY) ? SILENT_WORDS + summary.slice(SILENT_SUMMARY.length) : summary;
}

export const CITATION_KINDS = ["own-words", "reporting", "commentary"] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export const CITATION_KIND_INFO: Record<CitationKind, { label: string; meaning: string }> = {
  "own-words": {
    label: "Own words",
    meaning: "The party's own words: from its own statement or document, or inside a source's quotation marks.",
  },
  reporting: {
    label: "Reporting",
    meaning: "A source reports, in its own words, what the party holds or proposes.",
  },
  commentary: {
    label: "Commentary",
    meaning: "An author's analysis or advice. Context only, never a party's position.",
  },
};

export const SOURCE_KINDS = ["own-statement", "news-report", "analysis"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_INFO: Record<SourceKind, { label: string; meaning: string }> = {
  "own-statement": {
    label: "Party's own statement",
    meaning: "A statement or document a party published itself: its words are the party's own words.",
  },
  "news-report": {
    label: "News report",
    meaning: "An article that reports what the parties said and did; only the words inside its quotation marks are theirs.",
  },
  analysis: {
    label: "Analysis",
    meaning: "An article that argues about the positions; what it reports may be cited, its arguments are commentary.",
  },
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  "own-statement": SOURCE_KIND_INFO["own-statement"].label,
  "news-report": SOURCE_KIND_INFO["news-report"].label,
  analysis: SOURCE_KIND_INFO.analysis.label,
};

/** A column is a document (its terms as reported) or an actor (what its officials state or are reported to hold). */
export const POSITION_KINDS = ["document", "actor"] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const POSITION_KIND_INFO: Record<PositionKind, { label: string; meaning: string }> = {
  document: {
    label: "Document",
    meaning: "A plan or draft: only its terms, as the sources report them. Its authors' other statements go in their own columns.",
  },
  actor: {
    label: "Actor",
    meaning: "A government or group of leaders: what its officials state, or are reported to hold.",
  },
};

/**
 * How much the evidence for a stance weighs, in fixed words (after the IPCC's calibrated language, which
 * names the type and amount of evidence). Strongest first; computed from the citations, never typed.
 */
export const STRENGTHS = ["own-words", "reported", "single-report", "not-stated"] as const;
export type Strength = (typeof STRENGTHS)[number];

export const STRENGTH_INFO: Record<Strength, { label: string; meter: number; meaning: string }> = {
  "own-words": {
    label: "Own words",
    meter: 3,
    meaning: "At least one citation gives the party's own words: its own statement or document, or its words quoted by a source.",
  },
  reported: {
    label: "Reported",
    meter: 2,
    meaning: "No own words, but two or more independent sources report the position.",
  },
  "single-report": {
    label: "Single report",
    meter: 1,
    meaning: "One source alone reports the position.",
  },
  "not-stated": {
    label: "Not stated",
    meter: 0,
    meaning: "No stance, so no evidence to weigh.",
  },
};

export const DATE_QUALIFIERS = ["exact", "on-or-after", "approximate"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];
