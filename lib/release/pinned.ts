/**
 * A release as it read: the pinned pages (`/v/<version>/…`) render a snapshot and nothing else,
 * so that what they show can never change after the release. A snapshot keeps each cell's
 * stance, summary and quotes, the position labels and the cited sources' titles; it keeps no
 * categories, source texts or offsets, so the pinned pages show what it has and say what it lacks.
 */
import { SILENT_SUMMARY } from "../data/vocab";
import { changeCount, type ReleaseEntry } from "./history";
import type { RecordedRelease, SnapshotCell, SnapshotCitation } from "./schema";

/** A release's pinned matrix, or one issue or one source at that release. */
export function pinnedHref(version: string, page?: { issue: string; position?: string } | { source: string }): string {
  const root = `/v/${version}`;
  // No trailing slash: Next.js answers /v/<version>/ with a 308 to this address.
  if (!page) return root;
  if ("source" in page) return `${root}/sources/${page.source}`;
  return `${root}/issues/${page.issue}${page.position ? `#${page.position}` : ""}`;
}

export function findRelease<R extends { version: string }>(releases: readonly R[], version: string): R | undefined {
  return releases.find((r) => r.version === version);
}

export type PinnedCell = SnapshotCell & { position: string; label: string; silent: boolean };

const SILENT: SnapshotCell = { stance: "not-addressed", summary: SILENT_SUMMARY, citations: [] };

/** One issue's cells at a release, in the release's column order; cells it left out were silent. */
export function pinnedCells(release: RecordedRelease, issue: string): PinnedCell[] | null {
  const entry = release.snapshot.issues[issue];
  if (!entry) return null;
  return Object.entries(release.snapshot.positions).map(([position, label]) => {
    const cell = entry.cells[position];
    return { ...(cell ?? SILENT), position, label, silent: !cell };
  });
}

/** One issue as a release recorded it, with its cells (lib/issue/card.ts's pinnedIssueCard reads this). */
export function pinnedIssue(release: RecordedRelease, slug: string) {
  const entry = release.snapshot.issues[slug];
  const cells = pinnedCells(release, slug);
  if (!entry || !cells) return null;
  return { version: release.version, slug, title: entry.title, proposition: entry.proposition, cells };
}

export type PinnedSourceUse = SnapshotCitation & { issue: string; issueTitle: string; position: string; label: string; stance: SnapshotCell["stance"] };

/** Every quote a release cites from one source, in row and column order. */
export function pinnedSourceUses(release: RecordedRelease, source: string): PinnedSourceUse[] {
  const { issues, positions } = release.snapshot;
  return Object.entries(issues).flatMap(([issue, entry]) =>
    Object.entries(entry.cells).flatMap(([position, cell]) =>
      cell.citations.filter((c) => c.source === source).map((c) => ({ ...c, issue, issueTitle: entry.title, position, label: positions[position] ?? position, stance: cell.stance })),
    ),
  );
}

/** What came after a release: the later releases, and how many changes they made in all. */
export function laterReleases(history: readonly ReleaseEntry[], version: string): { versions: string[]; changes: number } {
  const at = history.findIndex((e) => e.version === version);
  const later = at < 0 ? [] : history.slice(at + 1);
  const changes = later.reduce((n, e) => n + changeCount(e.changes), 0);
  return { versions: later.map((e) => e.version), changes };
}
