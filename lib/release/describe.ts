/** Changes in words: the release command's summary, the feed's entries and the pages' lines alike. */
import { plural } from "../format";
import { STANCE_INFO } from "../data/vocab";
import type { CellChange, IssueChange, PositionChange, SnapshotDiff } from "./diff";

/** "Supports → Rejects", "new: Supports", or the one stance when it did not change. */
export function stanceLine(change: CellChange): string {
  const to = STANCE_INFO[change.after.stance].label;
  if (change.kind === "added") return `new: ${to}`;
  return change.stanceChanged ? `${STANCE_INFO[change.before.stance].label} → ${to}` : `${to} (unchanged)`;
}

/** What else changed in a cell: "summary reworded, 1 quote added, 2 quotes removed". */
export function cellDetails(change: CellChange): string[] {
  if (change.kind === "added") return change.after.citations.length ? [plural(change.after.citations.length, "quote")] : [];
  return [
    change.summaryChanged && "summary reworded",
    change.added.length > 0 && `${plural(change.added.length, "quote")} added`,
    change.removed.length > 0 && `${plural(change.removed.length, "quote")} removed`,
    change.reattributed.length > 0 && `${plural(change.reattributed.length, "quote")} attributed anew`,
  ].filter((s): s is string => Boolean(s));
}

export function cellChangeLine(change: CellChange): string {
  const details = cellDetails(change);
  return `${change.issueTitle} × ${change.positionLabel}: ${stanceLine(change)}${details.length ? `; ${details.join(", ")}` : ""}`;
}

export function issueChangeLine(change: IssueChange): string {
  switch (change.kind) {
    case "added":
      return `New issue: ${change.title}`;
    case "removed":
      return `Issue removed: ${change.title}`;
    case "renamed":
      return `${change.title}: its address changed from /issues/${change.from} to /issues/${change.issue} (the old one redirects)`;
    case "retitled":
      return `Issue retitled: “${change.from}” → “${change.to}”`;
    case "reworded":
      return `${change.title}: proposition reworded, from “${change.from}” to “${change.to}”`;
  }
}

export function positionChangeLine(change: PositionChange): string {
  if (change.kind === "relabelled") return `Position relabelled: “${change.from}” → “${change.label}”`;
  return change.kind === "added" ? `New position: ${change.label}` : `Position removed: ${change.label}`;
}

/** Every change, one line each: positions, then issues, then cells. */
export function diffLines(diff: SnapshotDiff): string[] {
  return [...diff.positions.map(positionChangeLine), ...diff.issues.map(issueChangeLine), ...diff.cells.map(cellChangeLine)];
}
