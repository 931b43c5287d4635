/**
 * Where the positions on one issue agree and where they diverge, in a few plain sentences.
 * Silence is never counted as agreement (see lib/data/compare.ts): "not addressed" positions are listed apart.
 */
import { compareStances } from "../data/compare";
import { STANCES, type Stance } from "../data/vocab";
import { listNames } from "../format";

type Party = { slug: string; shortLabel: string };

export type StanceGroup<P extends Party> = { stance: Stance; positions: P[] };

export type Verdict = "none" | "one" | "agree" | "opposed" | "differ";

/** What the issue page says of an issue: a verdict, who takes which stance, and a headline. */
export type IssueVerdict<P extends Party> = {
  verdict: Verdict;
  /** Positions that address the issue, grouped by stance, in the vocabulary's order. */
  groups: StanceGroup<P>[];
  /** Positions the sources are silent on for this issue. */
  silent: P[];
  /** One-sentence summary. */
  headline: string;
};

const VERB: Record<Exclude<Stance, "not-addressed">, [one: string, many: string]> = {
  supports: ["supports the proposition", "support the proposition"],
  conditional: ["accepts it only under conditions", "accept it only under conditions"],
  alternative: ["proposes an alternative", "propose an alternative"],
  ambiguous: ["leaves its position unclear", "leave their positions unclear"],
  rejects: ["rejects it", "reject it"],
};

/** The same, as short as a link preview needs: "US plan and Russia support; Ukraine rejects". */
const BRIEF: Record<Exclude<Stance, "not-addressed">, [one: string, many: string]> = {
  supports: ["supports", "support"],
  conditional: ["accepts with conditions", "accept with conditions"],
  alternative: ["proposes an alternative", "propose an alternative"],
  ambiguous: ["is unclear", "are unclear"],
  rejects: ["rejects", "reject"],
};

/** "US plan and Geneva draft support the proposition". */
export function describeGroup(group: StanceGroup<Party>): string {
  const names = listNames(group.positions.map((p) => p.shortLabel));
  if (group.stance === "not-addressed") return `${names}: not addressed in the sources`;
  const [one, many] = VERB[group.stance];
  return `${names} ${group.positions.length === 1 ? one : many}`;
}

export function issueAgreement<P extends Party>(positions: readonly P[], stanceOf: (p: P) => Stance): IssueVerdict<P> {
  const groups = STANCES.filter((s) => s !== "not-addressed")
    .map((stance) => ({ stance, positions: positions.filter((p) => stanceOf(p) === stance) }))
    .filter((g) => g.positions.length > 0);
  const silent = positions.filter((p) => stanceOf(p) === "not-addressed");
  const has = (s: Stance) => groups.some((g) => g.stance === s);

  // Agreement itself is defined once, in lib/data/compare.ts; this adds the wording.
  const { agreement, addressed } = compareStances(positions.map(stanceOf));
  const verdict: Verdict =
    agreement === "few" ? (addressed === 0 ? "none" : "one")
    : agreement === "agree" ? "agree"
    : has("supports") && has("rejects") ? "opposed"
    : "differ";

  const described = groups.map(describeGroup);
  const headline = {
    none: `None of the ${positions.length} positions addresses this issue in the sources.`,
    one: `Only one position addresses this issue: ${described[0]}.`,
    agree: `The ${addressed} positions that address this issue agree: ${described[0]}.`,
    opposed: `The positions are opposed: ${described.join("; ")}.`,
    differ: `The positions differ: ${described.join("; ")}.`,
  }[verdict];

  return { verdict, groups, silent, headline };
}

/**
 * Who stands where, in as few words as a link preview shows first: "US plan and Russia support;
 * Ukraine rejects; 2 silent". Silence is counted, never folded into a side.
 */
export function splitInBrief(agreement: Pick<IssueVerdict<Party>, "groups" | "silent">): string {
  const parts = agreement.groups.map((g) => {
    const [one, many] = BRIEF[g.stance as Exclude<Stance, "not-addressed">];
    return `${listNames(g.positions.map((p) => p.shortLabel))} ${g.positions.length === 1 ? one : many}`;
  });
  if (parts.length === 0) return "No position addresses it in the sources";
  if (agreement.silent.length > 0) parts.push(`${agreement.silent.length} silent`);
  return parts.join("; ");
}
