/** One line for `npm run check:data`: the latest release, and whether the data has changed since. Server-only. */
import { DATA_DIR } from "../load/load";
import type { Dataset } from "../data/schema";
import { buildReleases } from "./build";
import { changeCount, unreleasedChanges } from "./history";
import { readReleaseFiles } from "./load";
import { snapshotOf } from "./snapshot";

export function releaseStatus(data: Dataset, dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): string {
  const releases = buildReleases(readReleaseFiles(dataDir));
  const latest = releases.at(-1);
  if (!latest) return "Releases: none yet (npm run release -- --note \"…\" records the first).";
  const n = changeCount(unreleasedChanges(releases, snapshotOf(data)));
  const since = n === 0 ? "the data is exactly that release" : `${n} change${n === 1 ? "" : "s"} since, not yet released (npm run release -- --note "…")`;
  return `Releases: ${releases.length}, the latest ${latest.version} of ${latest.date}; ${since}.`;
}
