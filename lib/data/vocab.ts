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
  "not-addressed": {
    label: "Not addressed",
    icon: "–",
    meaning: "Not addressed in the sources. Nothing is inferred from silence.",
  },
};

/** What a cell says when the sources are silent: the same everywhere, so search skips it. */
export const SILENT_SUMMARY = "Not addressed in the sources.";

export const CITATION_KINDS = ["own-words", "reporting", "commentary"] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export const CITATION_KIND_INFO: Record<CitationKind, { label: string; meaning: string }> = {
  "own-words": {
    label: "Own words",
    meaning: "The party's own statement or document, quoted or published by the party.",
  },
  reporting: {
    label: "Reporting",
    meaning: "A source reports what the party holds or proposes.",
  },
  commentary: {
    label: "Commentary",
    meaning: "An author's analysis or advice. Context only, never a party's position.",
  },
};

export const SOURCE_KINDS = ["official-statement", "news-analysis", "analysis"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  "official-statement": "Official statement",
  "news-analysis": "News analysis",
  analysis: "Analysis",
};

export const POSITION_KINDS = ["plan", "stated-position"] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const DATE_QUALIFIERS = ["exact", "on-or-after", "approximate"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];
