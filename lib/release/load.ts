/** Reads the release log and its snapshots from data/ once per process. Server-only. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, loadDataset, readTextFile } from "../load/load";
import type { Dataset } from "../data/schema";
import type { Edition, PublicationInfo } from "./edition";
import { siteConfig } from "../site/config";
import { siteUrl } from "../site/links";
import { buildReleases, type ReleaseFiles } from "./build";
import { currentSlugs, editionOf, lastChangedIn, releaseHistory, type ReleaseEntry } from "./history";
import type { RecordedRelease } from "./schema";

export const RELEASE_LOG = "releases.yaml";
export const SNAPSHOT_DIR = "releases";

/** The release log and snapshots, read as the data files are: a folder, a link or a byte that is not UTF-8 is named, not a crash. */
export function readReleaseFiles(dataDir: string): ReleaseFiles {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const read = (full: string) => readTextFile(full, rel(full));
  const logPath = path.join(/*turbopackIgnore: true*/ dataDir, RELEASE_LOG);
  const snapshotDir = path.join(/*turbopackIgnore: true*/ dataDir, SNAPSHOT_DIR);
  const snapshots: ReleaseFiles["snapshots"] = {};
  if (existsSync(snapshotDir) && statSync(/*turbopackIgnore: true*/ snapshotDir).isDirectory())
    for (const name of readdirSync(/*turbopackIgnore: true*/ snapshotDir).filter((n) => n.endsWith(".json")).sort())
      snapshots[name] = read(path.join(/*turbopackIgnore: true*/ snapshotDir, name));
  else if (existsSync(snapshotDir))
    snapshots[SNAPSHOT_DIR] = { path: rel(snapshotDir), text: "", unreadable: { file: rel(snapshotDir), line: 1, field: "", message: "a file where the folder of release snapshots should be: restore the folder from git" } };
  return { log: existsSync(logPath) ? read(logPath) : null, snapshots, snapshotDir: rel(snapshotDir) };
}

/** What the pages need of the releases: computed once per data folder. */
export type Publication = {
  data: Dataset;
  releases: RecordedRelease[];
  history: ReleaseEntry[];
  edition: Edition;
  /** Any slug an issue ever had → its slug now. */
  currentSlug: (slug: string) => string;
};

const loaded = new Map<string, Publication>();

/** The dataset with its releases; throws a DataError naming file, line and field on a bad log or snapshot. */
export function loadPublication(dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): Publication {
  let publication = loaded.get(dataDir);
  // Afresh in `npm run dev`, as the dataset is (lib/data/load.ts).
  if (!publication || process.env.NODE_ENV === "development") {
    const data = loadDataset(dataDir);
    const releases = buildReleases(readReleaseFiles(dataDir));
    publication = { data, releases, history: releaseHistory(releases), edition: editionOf(data, releases), currentSlug: currentSlugs(data.issues) };
    loaded.set(dataDir, publication);
  }
  return publication;
}

/** What the browser needs of the publication: the edition, the site's address, where reports go. */
export function publicationInfo(publication: Publication = loadPublication()): PublicationInfo {
  return { edition: publication.edition, site: siteUrl().href, report: siteConfig().report };
}

/** The matrix's share of the history: the edition, and each cell's last change. */
export function matrixPublication(publication: Publication = loadPublication()) {
  return { info: publicationInfo(publication), changedIn: lastChangedIn(publication.history, publication.currentSlug) };
}
