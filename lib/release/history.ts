/**
 * The history of the dataset, computed from the releases' snapshots: each release's changes
 * against the one before, and the changes of one issue or one cell across all of them.
 */
import type { Dataset } from "../data/schema";
import type { Edition } from "./edition";
import { diffSnapshots, isEmptyDiff, type CellChange, type IssueChange, type SnapshotDiff } from "./diff";
import type { RecordedRelease, Release, SnapshotContent } from "./schema";
import { snapshotOf } from "./snapshot";

export type ReleaseEntry = Release & {
  /** Null for the first release, which has nothing to compare with. */
  changes: SnapshotDiff | null;
  /** What the release holds: issues, positions and cells that say something. */
  holds: { issues: number; positions: number; cells: number };
};

/** Every release, oldest first, each with its changes against the one before. */
export function releaseHistory(releases: readonly RecordedRelease[]): ReleaseEntry[] {
  return releases.map(({ snapshot, ...release }, i) => {
    const previous = releases[i - 1];
    const issues = Object.values(snapshot.issues);
    return {
      ...release,
      changes: previous ? diffSnapshots(previous.snapshot, snapshot) : null,
      holds: {
        issues: issues.length,
        positions: Object.keys(snapshot.positions).length,
        cells: issues.reduce((n, issue) => n + Object.keys(issue.cells).length, 0),
      },
    };
  });
}

/** Maps any slug an issue ever had to its slug now, through the current issues' `aliases`. */
export function currentSlugs(issues: readonly { slug: string; aliases: readonly string[] }[]): (slug: string) => string {
  const map = new Map<string, string>();
  for (const issue of issues) for (const alias of issue.aliases) map.set(alias, issue.slug);
  for (const issue of issues) map.set(issue.slug, issue.slug);
  return (slug) => map.get(slug) ?? slug;
}

export type IssueHistoryEntry = Release & { issue: IssueChange[]; cells: CellChange[] };

/** One issue's changes, newest release first; releases that did not touch it are left out. */
export function issueHistory(history: readonly ReleaseEntry[], slug: string, current: (slug: string) => string): IssueHistoryEntry[] {
  return history
    .flatMap(({ changes, version, date, note }) => {
      if (!changes) return [];
      const release = { version, date, note };
      const issue = changes.issues.filter((c) => current(c.issue) === slug);
      const cells = changes.cells.filter((c) => current(c.issue) === slug);
      return issue.length || cells.length ? [{ ...release, issue, cells }] : [];
    })
    .reverse();
}

/** The version in which each cell last changed, keyed `<issue>.<position>` by current slug. */
export function lastChangedIn(history: readonly ReleaseEntry[], current: (slug: string) => string): Map<string, string> {
  const last = new Map<string, string>();
  for (const entry of history) for (const c of entry.changes?.cells ?? []) last.set(`${current(c.issue)}.${c.position}`, entry.version);
  return last;
}

/** The changes the data has that the latest release does not record yet. */
export function unreleasedChanges(releases: readonly RecordedRelease[], now: SnapshotContent): SnapshotDiff | null {
  const latest = releases.at(-1);
  if (!latest) return null;
  const diff = diffSnapshots(latest.snapshot, now);
  return isEmptyDiff(diff) ? null : diff;
}

export function changeCount(diff: SnapshotDiff | null): number {
  return diff ? diff.positions.length + diff.issues.length + diff.cells.length : 0;
}

/** The latest source date in the corpus: the day the data is as of. */
export function asOfDate(data: Pick<Dataset, "sources">): string {
  return data.sources.reduce((latest, s) => (s.date.value > latest ? s.date.value : latest), "");
}

export function editionOf(data: Dataset, releases: readonly RecordedRelease[]): Edition {
  const latest = releases.at(-1);
  return {
    asOf: asOfDate(data),
    release: latest ? { version: latest.version, date: latest.date } : null,
    unreleased: changeCount(unreleasedChanges(releases, snapshotOf(data))),
  };
}
