/**
 * The shape of the release log (`data/releases.yaml`) and of the snapshot each release leaves
 * (`data/releases/<version>.json`): what a reader saw of every cell at that release.
 */
import { z } from "zod";
import { slugSchema } from "../data/schema";
import { CITATION_KINDS, STANCES } from "../data/vocab";

/** `YYYY.MM.N`: the year and month of the release, then its number within that month. */
export const VERSION_PATTERN = /^(\d{4})\.(0[1-9]|1[0-2])\.([1-9]\d*)$/;

export const versionSchema = z.string().regex(VERSION_PATTERN, 'a version written YYYY.MM.N, e.g. "2026.12.1"');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "a real calendar date");

export const releaseSchema = z.strictObject({
  version: versionSchema,
  date: isoDateSchema,
  note: z.string().min(1, "a short note: why this release was made").max(500, "a note of at most 500 characters"),
});

/** SHA-256 of a snapshot file's bytes: the log's record of what was published, so an edit is caught. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "the snapshot's SHA-256, 64 lower-case hex digits, as npm run release records it");

/** A release as the log records it: with the SHA-256 of the snapshot it wrote. */
export const logEntrySchema = releaseSchema.extend({ sha256: sha256Schema });

export const releasesFileSchema = z.array(logEntrySchema);

export const snapshotCitationSchema = z.strictObject({
  source: slugSchema,
  /** Whitespace runs squashed to one space, as the reader sees it. */
  quote: z.string().min(1),
  kind: z.enum(CITATION_KINDS),
  speaker: z.string().min(1).optional(),
});

export const snapshotCellSchema = z.strictObject({
  stance: z.enum(STANCES),
  summary: z.string().min(1),
  citations: z.array(snapshotCitationSchema),
});

export const snapshotIssueSchema = z.strictObject({
  title: z.string().min(1),
  proposition: z.string().min(1),
  aliases: z.array(slugSchema),
  /** Keyed by position slug. A position missing here was "not addressed in the sources". */
  cells: z.record(slugSchema, snapshotCellSchema),
});

export const snapshotSchema = z.strictObject({
  version: versionSchema,
  /** Position labels by slug, in column order. */
  positions: z.record(slugSchema, z.string().min(1)),
  /** Issues by slug, in row order. */
  issues: z.record(slugSchema, snapshotIssueSchema),
  /** The titles of the sources cited, by id. */
  sources: z.record(slugSchema, z.string().min(1)),
});

export type Release = z.infer<typeof releaseSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type SnapshotCitation = z.infer<typeof snapshotCitationSchema>;
export type SnapshotCell = z.infer<typeof snapshotCellSchema>;
export type SnapshotIssue = z.infer<typeof snapshotIssueSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
/** What a snapshot holds before it is given a version. */
export type SnapshotContent = Omit<Snapshot, "version">;

/** A release from the log with the snapshot it left. */
export type RecordedRelease = Release & { snapshot: Snapshot };
