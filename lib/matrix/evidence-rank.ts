/**
 * How much an issue's evidence weighs among the shown positions, for the "evidence" sort: an
 * issue is as well evidenced as its weakest shown stance. Each stated cell weighs by its
 * strength (own words 3, reported by several sources 2, a single report 1), half a step less
 * where every source carrying it is anonymous; silent cells have no weight.
 */
import type { CellStrength } from "../data/schema";
import { STRENGTH_INFO } from "../data/vocab";

export type EvidenceRank = {
  /** The weight of the weakest shown stance. */
  weakest: number;
  /** The shown stances' mean weight: the tie-breaker. */
  mean: number;
};

/** A stated cell's weight; null for a silent one. */
export function cellWeight(strength: Pick<CellStrength, "level" | "anonymous">): number | null {
  if (strength.level === "not-stated") return null;
  return STRENGTH_INFO[strength.level].meter - (strength.anonymous ? 0.5 : 0);
}

/** The rank of a row's shown cells; null when none of them states a stance. */
export function evidenceRank(cells: readonly { strength: Pick<CellStrength, "level" | "anonymous"> }[]): EvidenceRank | null {
  const weights = cells.flatMap((c) => {
    const w = cellWeight(c.strength);
    return w === null ? [] : [w];
  });
  if (weights.length === 0) return null;
  return { weakest: Math.min(...weights), mean: weights.reduce((a, b) => a + b, 0) / weights.length };
}

/** Weakest evidence first (ascending); ties go to the lower mean. */
export function byEvidence(a: EvidenceRank, b: EvidenceRank): number {
  return a.weakest - b.weakest || a.mean - b.mean;
}
