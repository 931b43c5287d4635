/**
 * The single source of truth for the data's shape. The YAML files in data/ are
 * validated against the *File schemas; the loader adds resolved offsets and
 * source texts, described by the Resolved* types at the bottom.
 */
import { z } from "zod";
import {
  CITATION_KINDS,
  DATE_QUALIFIERS,
  POSITION_KINDS,
  SOURCE_KINDS,
  STANCES,
  STRENGTHS,
} from "./vocab";
import { squash } from "./quotes";

/**
 * Caps on free text, each several times the longest in the data when they were set (a source's
 * notes 761 characters, a note 499, a quote 293): a longer text is a paste gone wrong, and would
 * be published whole. Fields with a tighter cap of their own (summary, title, scope) keep it.
 */
export const TEXT_MAX = { name: 200, title: 300, paragraph: 1000, context: 500, note: 2000, quote: 2000, notes: 4000, url: 2000 } as const;

/** Text of at least one character and at most `max`, the cap named in the message. */
export const text = (max: number, what = "text") => z.string().min(1).max(max, `${what} of at most ${max.toLocaleString("en")} characters`);

/** Names Windows keeps for devices: a file data/issues/con.yaml cannot be checked out there. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug of lower-case letters, digits and single hyphens, e.g. \"frozen-assets\"")
  .refine((s) => !DEVICE_NAMES.test(s), "a slug that is not a name Windows reserves for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): files named so cannot be checked out there");

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date written YYYY, YYYY-MM or YYYY-MM-DD")
  .superRefine((value, ctx) => {
    const problem = calendarProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why a date of the right shape is not on the calendar (month 13, 30 February), or null. */
export function calendarProblem(value: string): string | null {
  const [year, month, day] = value.split("-").map(Number);
  if (month === undefined) return null;
  if (month < 1 || month > 12) return `a real month, 01 to 12 (there is no month ${String(month).padStart(2, "0")})`;
  if (day === undefined) return null;
  const days = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? null : `a real day: ${MONTHS[month - 1]} ${year} has ${days} days`;
}

export const sourceDateSchema = z.strictObject({
  value: partialDateSchema,
  qualifier: z.enum(DATE_QUALIFIERS),
  note: text(TEXT_MAX.note, "a note").optional(),
});

/** A passage named by a source's known problem: in that source unless another is given. */
export const passageSchema = z.strictObject({
  source: slugSchema.optional(),
  quote: z.string().min(8, "a quote of at least 8 characters, copied verbatim from the source").max(TEXT_MAX.quote, `a quote of at most ${TEXT_MAX.quote.toLocaleString("en")} characters`),
  prefix: text(TEXT_MAX.context, "a prefix").optional(),
  suffix: text(TEXT_MAX.context, "a suffix").optional(),
});

export const sourceProblemSchema = z.strictObject({
  note: text(TEXT_MAX.note, "a note"),
  /** Passages that disagree with each other (at least two), or none for a problem of another kind. */
  passages: z.array(passageSchema).default([]),
});

export const sourceSchema = z.strictObject({
  id: slugSchema,
  file: z.string().regex(/^[\w.-]+$/, "a file name inside data/sources/"),
  /** SHA-256 of the file's bytes: the loader refuses a copy that differs from the corpus. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "the file's SHA-256, 64 lower-case hex digits").optional(),
  title: text(TEXT_MAX.title, "a title"),
  /** Null where the text names no publisher or author. */
  publisher: text(TEXT_MAX.name, "a name").nullable(),
  author: text(TEXT_MAX.name, "a name").nullable(),
  date: sourceDateSchema,
  kind: z.enum(SOURCE_KINDS),
  /** Null where the original address is unknown: never invented. */
  url: z.url({ protocol: /^https?$/, error: "an http or https address, or null when unknown" }).max(TEXT_MAX.url, `an address of at most ${TEXT_MAX.url} characters`).nullable(),
  notes: text(TEXT_MAX.notes, "notes").optional(),
  /** True where the text names neither author nor publisher: said, never left to be guessed. */
  anonymous: z.boolean().default(false),
  /** The actor positions whose own statement this is (kind "own-statement"); empty for reporting and analysis. */
  statementOf: z.array(slugSchema).default([]),
  /** What is known to be wrong or inconsistent in the text (`[]` when nothing is); a disagreement names its passages. */
  problems: z.array(sourceProblemSchema),
});

export const positionSchema = z.strictObject({
  slug: slugSchema,
  label: text(TEXT_MAX.name, "a label"),
  shortLabel: z.string().min(1).max(24),
  description: text(TEXT_MAX.paragraph, "a description"),
  actor: text(TEXT_MAX.name, "a name"),
  date: partialDateSchema,
  kind: z.enum(POSITION_KINDS),
  order: z.number().int(),
  /** Every issue must list a cell for this position, even if only "not-addressed". */
  complete: z.boolean().default(false),
  /** One sentence: what belongs in this column and what does not. */
  scope: z.string().min(1).max(240),
  /** A document's authors: the actor positions whose document it is. */
  authors: z.array(slugSchema).default([]),
  /** Shown to a first-time reader, the others one click away; when none is marked, all are. */
  default: z.boolean().default(false),
});

export const categorySchema = z.strictObject({
  slug: slugSchema,
  title: text(TEXT_MAX.name, "a title"),
  description: text(TEXT_MAX.paragraph, "a description"),
  order: z.number().int(),
});

export const citationSchema = z.strictObject({
  source: slugSchema,
  quote: z
    .string()
    .max(TEXT_MAX.quote, `a quote of at most ${TEXT_MAX.quote.toLocaleString("en")} characters: cite the passage that carries the stance, or cite two`)
    .refine((q) => squash(q).length >= 8, "a quote of at least 8 characters besides spaces, copied verbatim from the source"),
  /** Text just before the quote, to tell two equal passages apart (W3C TextQuoteSelector). */
  prefix: text(TEXT_MAX.context, "a prefix").optional(),
  suffix: text(TEXT_MAX.context, "a suffix").optional(),
  /** Whose words the passage gives: own words only. */
  speaker: text(TEXT_MAX.name, "a name").optional(),
  /** The person a report or statement is about, never shown as its speaker. */
  about: text(TEXT_MAX.name, "a name").optional(),
  kind: z.enum(CITATION_KINDS),
});

/** How much a cell's evidence weighs: computed by lib/data/strength.ts, never written in the data. */
export const strengthSchema = z.strictObject({
  level: z.enum(STRENGTHS),
  label: z.string().describe("The level in fixed words, e.g. \"Reported by 2 sources\" or \"Single report, no named author or publisher\"."),
  sources: z.int().nonnegative().describe("Independent sources that carry the stance: own words or reporting; commentary never counts."),
  citations: z.int().nonnegative().describe("Citations that carry the stance: own words and reporting."),
  anonymous: z.boolean().describe("True when every source that carries the stance names neither author nor publisher."),
  disputed: z.boolean().describe("True when sources disagree on a fact the cell relies on (see the cell's disagreement)."),
});

/** The same passage cited twice in one place would show twice and count twice as evidence. */
function refuseRepeats(citations: readonly Citation[], ctx: z.RefinementCtx, at: PropertyKey[] = []) {
  const seen = new Map<string, number>();
  citations.forEach((c, k) => {
    const key = `${c.source}\u0000${squash(c.quote)}\u0000${c.prefix ?? ""}\u0000${c.suffix ?? ""}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, k);
    else ctx.addIssue({ code: "custom", path: [...at, "citations", k, "quote"], message: `the same passage as citation ${first + 1} here: cite a passage once; remove this one` });
  });
}

export const SUMMARY_MAX = 280;

export const cellSchema = z
  .strictObject({
    position: slugSchema,
    stance: z
      .enum(STANCES)
      .describe('The stance code. "not-addressed" means the sources are silent (labelled "Sources silent"): the code keeps its old name for compatibility, and silence is never a stance.'),
    summary: z.string().min(1).max(SUMMARY_MAX, `a summary of at most ${SUMMARY_MAX} characters`),
    citations: z.array(citationSchema).default([]),
    /** Where sources disagree on a fact the cell relies on: what they disagree on, in our words. */
    disagreement: z.string().min(1).max(SUMMARY_MAX).optional(),
  })
  .superRefine((cell, ctx) => {
    refuseRepeats(cell.citations, ctx);
    if (cell.stance === "not-addressed" && cell.citations.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["citations"],
        message: "no citations on a \"not-addressed\" cell: cite nothing, or choose the stance the quotes support",
      });
    }
    if (cell.stance !== "not-addressed" && cell.citations.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["citations"],
        message: `at least one citation for stance "${cell.stance}", or stance "not-addressed"`,
      });
    }
  });

export const issueSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().min(1).max(80),
  /** One line: what the row is about. */
  definition: z.string().min(1).max(200),
  /** The statement the stance codes answer: "supports" means supports this. */
  proposition: z.string().min(1).max(200),
  category: slugSchema,
  /** Place within its category; ties are broken by title. */
  order: z.number().int().default(100),
  /** Former slugs: old links redirect here. */
  aliases: z.array(slugSchema).default([]),
  cells: z.array(cellSchema),
});

export const eventSchema = z
  .strictObject({
    id: slugSchema,
    date: partialDateSchema,
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(400),
    issues: z.array(slugSchema).default([]),
    citations: z.array(citationSchema).min(1, "at least one citation: every event is dated by a source"),
    /** Where sources disagree on a fact the event relies on, such as its date. */
    disagreement: z.string().min(1).max(400).optional(),
  })
  .superRefine((event, ctx) => refuseRepeats(event.citations, ctx));

export const sourcesFileSchema = z.array(sourceSchema);
export const positionsFileSchema = z.array(positionSchema);
export const categoriesFileSchema = z.array(categorySchema);
export const timelineFileSchema = z.array(eventSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type SourceProblem = z.infer<typeof sourceProblemSchema>;
export type CellStrength = z.infer<typeof strengthSchema>;

/** A citation whose quote was found in its source: [start, end) offsets into the source text. */
export type ResolvedCitation = Citation & { id: string; start: number; end: number };
export type ResolvedCell = Omit<Cell, "citations"> & {
  issue: string;
  citations: ResolvedCitation[];
  /** False where the data file lists no cell for this pair and the loader filled one in. */
  explicit: boolean;
  strength: CellStrength;
};
export type ResolvedIssue = Omit<Issue, "cells"> & { cells: Record<string, ResolvedCell> };
export type ResolvedEvent = Omit<TimelineEvent, "citations"> & { citations: ResolvedCitation[] };
export type SourceWithText = Source & { text: string };

export type Dataset = {
  sources: SourceWithText[];
  positions: Position[];
  categories: Category[];
  issues: ResolvedIssue[];
  events: ResolvedEvent[];
};
