/**
 * Records a release (`npm run release`): the next version, the snapshot of what readers see,
 * the release log with the new entry, and CITATION.cff naming the new version. Pure: the
 * command reads and writes the files; this decides what goes in them, or why not.
 */
import { isMap, isSeq, parseDocument, Scalar, type Document } from "yaml";
import type { Dataset } from "../data/schema";
import { sha256Of, snapshotFileName, versionParts } from "./build";
import type { SnapshotDiff } from "./diff";
import { unreleasedChanges } from "./history";
import { isoDateSchema, releaseSchema, type LogEntry, type RecordedRelease, type Release } from "./schema";
import { snapshotOf } from "./snapshot";

export type ReleaseRequest = {
  data: Dataset;
  releases: readonly RecordedRelease[];
  note: string;
  /** YYYY-MM-DD: the release's date, usually today. */
  date: string;
  /** YYYY-MM-DD: today, where the release is made; a later date is refused. */
  today: string;
  /** The current text of data/releases.yaml, or null when there is none yet. */
  logText: string | null;
  /** The current text of CITATION.cff, or null when there is none. */
  citationText: string | null;
};

export type ReleasePlan =
  | {
      ok: true;
      release: Release;
      /** Null for the first release. */
      changes: SnapshotDiff | null;
      files: { log: string; snapshot: { name: string; text: string }; citation: string | null };
    }
  | { ok: false; reason: string };

/** The version a release on `date` gets: YYYY.MM of the date, then one more than the month's last. */
export function nextVersion(releases: readonly Release[], date: string): string {
  const [year, month] = date.split("-");
  const inMonth = releases.filter((r) => r.version.startsWith(`${year}.${month}.`)).map((r) => versionParts(r.version)[2]);
  return `${year}.${month}.${Math.max(0, ...inMonth) + 1}`;
}

const LOG_HEADER =
  "# The dataset's releases, oldest first. Written by `npm run release -- --note \"…\"`, which also\n" +
  "# writes data/releases/<version>.json; the history of every cell is computed from those snapshots.\n";

export function planRelease(request: ReleaseRequest): ReleasePlan {
  const note = request.note.replace(/\s+/g, " ").trim();
  if (!note) return { ok: false, reason: 'a release needs a note saying why it was made: npm run release -- --note "…"' };
  const date = isoDateSchema.safeParse(request.date);
  if (!date.success) return { ok: false, reason: `the date ${JSON.stringify(request.date)} is not a date written YYYY-MM-DD` };
  if (request.date > request.today) return { ok: false, reason: `the date ${request.date} is after today (${request.today}): a release is dated the day it is made` };
  const latest = request.releases.at(-1);
  if (latest && request.date < latest.date) return { ok: false, reason: `the date ${request.date} is before the latest release's (${latest.version}, ${latest.date})` };

  const content = snapshotOf(request.data);
  const changes = unreleasedChanges(request.releases, content);
  if (latest && !changes) return { ok: false, reason: `nothing changed since ${latest.version} (${latest.date}): there is nothing to release` };

  const release = { version: nextVersion(request.releases, request.date), date: request.date, note };
  const checked = releaseSchema.safeParse(release);
  if (!checked.success) return { ok: false, reason: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };

  const snapshot = `${JSON.stringify({ version: release.version, ...content }, null, 2)}\n`;
  return {
    ok: true,
    release,
    changes,
    files: {
      log: appendToLog(request.logText, { ...release, sha256: sha256Of(snapshot) }),
      snapshot: { name: snapshotFileName(release.version), text: snapshot },
      citation: request.citationText === null ? null : citeVersion(request.citationText, release),
    },
  };
}

/** The log with `release` added at its end, comments and layout kept. */
export function appendToLog(logText: string | null, release: LogEntry): string {
  const doc: Document = parseDocument(logText ?? `${LOG_HEADER}[]\n`);
  if (!isSeq(doc.contents)) throw new Error("data/releases.yaml must hold a list of releases");
  doc.contents.flow = false;
  doc.contents.add(doc.createNode(release));
  return doc.toString({ lineWidth: 0 });
}

/** CITATION.cff naming `release`'s version and date; everything else as it was. */
export function citeVersion(citationText: string, release: Release): string {
  const doc = parseDocument(citationText);
  if (!isMap(doc.contents)) throw new Error("CITATION.cff must be a YAML mapping");
  const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
  doc.set("version", quoted(release.version));
  doc.set("date-released", quoted(release.date));
  return doc.toString({ lineWidth: 0 });
}
