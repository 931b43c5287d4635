/**
 * What changed between two snapshots, computed, never typed: positions and issues added,
 * removed, renamed or reworded, and every cell whose stance, summary or quotes changed.
 * Issues are matched by slug, or through the newer issue's `aliases` when it was renamed.
 */
import { SILENT_SUMMARY } from "../data/vocab";
import type { SnapshotCell, SnapshotCitation, SnapshotContent } from "./schema";
import { isSilent } from "./snapshot";

/** A cell the snapshot leaves out: not addressed in the sources. */
export const SILENT_CELL: SnapshotCell = { stance: "not-addressed", summary: SILENT_SUMMARY, citations: [] };

export type CellChange = {
  /** The issue's slug at the newer snapshot. */
  issue: string;
  issueTitle: string;
  position: string;
  positionLabel: string;
  /** "added" when the issue or the position is new: there was no cell before, not even a silent one. */
  kind: "changed" | "added";
  before: SnapshotCell;
  after: SnapshotCell;
  stanceChanged: boolean;
  summaryChanged: boolean;
  added: SnapshotCitation[];
  removed: SnapshotCitation[];
  /** The same passage, now with another kind or speaker. */
  reattributed: { before: SnapshotCitation; after: SnapshotCitation }[];
};

export type IssueChange =
  | { kind: "added" | "removed"; issue: string; title: string }
  | { kind: "renamed"; issue: string; title: string; from: string }
  | { kind: "retitled" | "reworded"; issue: string; title: string; from: string; to: string };

export type PositionChange =
  | { kind: "added" | "removed"; position: string; label: string }
  | { kind: "relabelled"; position: string; label: string; from: string };

export type SnapshotDiff = { positions: PositionChange[]; issues: IssueChange[]; cells: CellChange[] };

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.positions.length === 0 && diff.issues.length === 0 && diff.cells.length === 0;
}

const citationKey = (c: SnapshotCitation) => `${c.source}\u0000${c.quote}`;

/** The cell-level difference, or null when a reader would see the same cell. */
function compareCells(before: SnapshotCell, after: SnapshotCell) {
  const old = new Map(before.citations.map((c) => [citationKey(c), c]));
  const now = new Map(after.citations.map((c) => [citationKey(c), c]));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, c]) => c);
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, c]) => c);
  const reattributed = [...now].flatMap(([k, c]) => {
    const was = old.get(k);
    return was && (was.kind !== c.kind || was.speaker !== c.speaker) ? [{ before: was, after: c }] : [];
  });
  const stanceChanged = before.stance !== after.stance;
  const summaryChanged = before.summary !== after.summary;
  if (!stanceChanged && !summaryChanged && !added.length && !removed.length && !reattributed.length) return null;
  return { stanceChanged, summaryChanged, added, removed, reattributed };
}

export function diffSnapshots(before: SnapshotContent, after: SnapshotContent): SnapshotDiff {
  const positions: PositionChange[] = [];
  for (const [slug, label] of Object.entries(after.positions)) {
    const was = before.positions[slug];
    if (was === undefined) positions.push({ kind: "added", position: slug, label });
    else if (was !== label) positions.push({ kind: "relabelled", position: slug, label, from: was });
  }
  for (const [slug, label] of Object.entries(before.positions))
    if (!(slug in after.positions)) positions.push({ kind: "removed", position: slug, label });

  const issues: IssueChange[] = [];
  const cells: CellChange[] = [];
  const matched = new Set<string>();
  for (const [slug, issue] of Object.entries(after.issues)) {
    const oldSlug = slug in before.issues ? slug : issue.aliases.find((a) => a in before.issues && !(a in after.issues));
    const old = oldSlug === undefined ? undefined : before.issues[oldSlug];
    if (oldSlug === undefined || !old) {
      issues.push({ kind: "added", issue: slug, title: issue.title });
    } else {
      matched.add(oldSlug);
      if (oldSlug !== slug) issues.push({ kind: "renamed", issue: slug, title: issue.title, from: oldSlug });
      if (old.title !== issue.title) issues.push({ kind: "retitled", issue: slug, title: issue.title, from: old.title, to: issue.title });
      if (old.proposition !== issue.proposition)
        issues.push({ kind: "reworded", issue: slug, title: issue.title, from: old.proposition, to: issue.proposition });
    }
    for (const [position, positionLabel] of Object.entries(after.positions)) {
      const isNew = !old || !(position in before.positions);
      const was = old?.cells[position] ?? SILENT_CELL;
      const now = issue.cells[position] ?? SILENT_CELL;
      if (isNew && isSilent(now)) continue;
      const change = compareCells(isNew ? SILENT_CELL : was, now);
      if (!change && !isNew) continue;
      cells.push({
        issue: slug,
        issueTitle: issue.title,
        position,
        positionLabel,
        kind: isNew ? "added" : "changed",
        before: isNew ? SILENT_CELL : was,
        after: now,
        ...(change ?? { stanceChanged: false, summaryChanged: false, added: [], removed: [], reattributed: [] }),
      });
    }
  }
  for (const [slug, issue] of Object.entries(before.issues))
    if (!matched.has(slug)) issues.push({ kind: "removed", issue: slug, title: issue.title });

  return { positions, issues, cells };
}
