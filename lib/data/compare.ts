/**
 * Agreement and divergence between positions on one issue: the definitions the matrix's
 * filters, marks, counts and "divergence" sort all share.
 *
 * - A position *addresses* an issue when its stance is anything but "not-addressed".
 *   Silence is never counted as agreement or as disagreement.
 * - The shown positions **agree** on an issue when at least two of them address it and all
 *   of those take the same stance.
 * - They **diverge** when at least two address it and at least two stances differ.
 * - Otherwise (none or one addresses it) there are **too few** stances to compare.
 *
 * The divergence score measures how far apart the stances are. Stances sit on a scale from
 * accepting the proposition to refusing it: supports 0, conditional 1,
 * alternative 2, rejects 3; "ambiguous" (the sources leave the position unclear) counts as
 * the midpoint, 1.5. The score is the distance between the two stances furthest apart
 * (0 to 3); ties are broken by the sum of the distances between every pair, so that an
 * issue where more parties are at odds ranks higher.
 */
import type { Stance } from "./vocab";

export const AGREEMENTS = ["agree", "diverge", "few"] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export const AGREEMENT_INFO: Record<Agreement, { label: string; icon: string; meaning: string }> = {
  agree: {
    label: "Agree",
    icon: "=",
    meaning: "At least two of the shown positions address the issue, and all of those take the same stance.",
  },
  diverge: {
    label: "Diverge",
    icon: "≠",
    meaning: "At least two of the shown positions address the issue, and their stances differ.",
  },
  few: {
    label: "Too few",
    icon: "·",
    meaning: "Fewer than two of the shown positions address the issue: nothing to compare.",
  },
};

/** Place on the accept-to-refuse scale; null for silence, which has no place on it. */
export const STANCE_SCALE: Record<Stance, number | null> = {
  supports: 0,
  conditional: 1,
  ambiguous: 1.5,
  alternative: 2,
  rejects: 3,
  "not-addressed": null,
};

export const MAX_DIVERGENCE = 3;

export type Comparison = {
  agreement: Agreement;
  /** How many of the compared positions address the issue. */
  addressed: number;
  /** Distance between the two stances furthest apart, 0–3; null when fewer than two address it. */
  divergence: number | null;
  /** Sum of the distances over every pair of addressing positions: the tie-breaker. */
  pairDistance: number;
};

export function addresses(stance: Stance): boolean {
  return stance !== "not-addressed";
}

/** Compares the stances of the positions shown, in any order. */
export function compareStances(stances: readonly Stance[]): Comparison {
  const placed = stances.filter(addresses);
  if (placed.length < 2) return { agreement: "few", addressed: placed.length, divergence: null, pairDistance: 0 };
  const values = placed.map((s) => STANCE_SCALE[s] ?? 0);
  let pairDistance = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) pairDistance += Math.abs(values[i]! - values[j]!);
  }
  const agree = placed.every((s) => s === placed[0]);
  return {
    agreement: agree ? "agree" : "diverge",
    addressed: placed.length,
    divergence: Math.max(...values) - Math.min(...values),
    pairDistance,
  };
}

/**
 * Orders comparisons from the most divergent to the least; issues with too few stances
 * come last. Returns 0 on a tie, for the caller's own tie-breaker.
 */
export function byDivergence(a: Comparison, b: Comparison): number {
  if (a.divergence === null || b.divergence === null) {
    return a.divergence === b.divergence ? 0 : a.divergence === null ? 1 : -1;
  }
  return b.divergence - a.divergence || b.pairDistance - a.pairDistance;
}

export type AgreementCounts = Record<Agreement, number>;

export function countAgreements(comparisons: Iterable<Comparison>): AgreementCounts {
  const counts: AgreementCounts = { agree: 0, diverge: 0, few: 0 };
  for (const c of comparisons) counts[c.agreement]++;
  return counts;
}
