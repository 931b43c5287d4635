/**
 * The overview's headline: where the shown positions split, in one sentence a reader can quote
 * without misleading, so silence is named as silence and never counted as agreement.
 */
import { byDivergence, countAgreements, type Comparison } from "../data/compare";
import { listNames, plural } from "../format";

type HeadlineRow = { issue: { title: string }; comparison: Comparison };

/** How many of the widest splits the sentence names. */
const NAMED = 3;

/** "The 4 shown positions split on 7 of 29 issues, widest on Crimea, Donbas and NATO; they agree on 1; on 21 the sources give fewer than two of them a stance." */
export function splitHeadline(rows: readonly HeadlineRow[], shown: number): string {
  if (shown < 2) return "Show at least two positions to see where they split.";
  if (rows.length === 0) return "No issue matches this view.";
  const counts = countAgreements(rows.map((r) => r.comparison));
  const who = shown === 2 ? "The two shown positions" : `The ${shown} shown positions`;
  const of = `of ${plural(rows.length, "issue")}`;
  const widest = rows
    .filter((r) => r.comparison.agreement === "diverge")
    .sort((a, b) => byDivergence(a.comparison, b.comparison))
    .slice(0, NAMED)
    .map((r) => r.issue.title);
  const split = counts.diverge > 0 ? `split on ${counts.diverge} ${of}, widest on ${listNames(widest)}` : `split on none ${of}`;
  const agree = `they agree on ${counts.agree}`;
  const silent = counts.few > 0 ? `; on ${counts.few} the sources give fewer than two of them a stance` : "";
  return `${who} ${split}; ${agree}${silent}.`;
}
