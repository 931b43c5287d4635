/** Finding an issue by the slug in an address: its current slug, a former one, or neither. */
import type { ResolvedIssue } from "../data/schema";

type Named = { slug: string; aliases: readonly string[] };

export type IssueLookup<T> =
  | { kind: "current"; issue: T }
  | { kind: "alias"; issue: T }
  | { kind: "unknown" };

export function lookupIssue<T extends Named>(issues: readonly T[], slug: string): IssueLookup<T> {
  const current = issues.find((i) => i.slug === slug);
  if (current) return { kind: "current", issue: current };
  const renamed = issues.find((i) => i.aliases.includes(slug));
  return renamed ? { kind: "alias", issue: renamed } : { kind: "unknown" };
}

/** What `/issues/index.json` lists of each issue: the names the 404 page matches a mistyped address against. */
export type IssueIndexEntry = Pick<ResolvedIssue, "slug" | "title" | "aliases" | "definition">;

export function issueIndexEntry({ slug, title, aliases, definition }: IssueIndexEntry): IssueIndexEntry {
  return { slug, title, aliases, definition };
}

/** Every slug an issue page answers to: current ones render, former ones redirect. */
export function issueRouteSlugs(issues: readonly Named[]): string[] {
  return issues.flatMap((i) => [i.slug, ...i.aliases]);
}

/** The issues before and after this one in the matrix's order, for paging through them. */
export function issueNeighbours<T extends Named>(issues: readonly T[], slug: string): { previous?: T; next?: T } {
  const at = issues.findIndex((i) => i.slug === slug);
  if (at === -1) return {};
  return { previous: issues[at - 1], next: issues[at + 1] };
}
