/**
 * The whole dataset as one JSON document (`/export/data.json`) and the zod schema that describes
 * it, derived from lib/schema.ts; `/export/data.schema.json` is generated from that schema.
 */
import { z } from "zod";
import { appUrl, issueUrl, passageUrl, sourceUrl } from "../site/links";
import { siteIdentity } from "../site/identity";
import {
  categorySchema,
  cellSchema,
  citationSchema,
  eventSchema,
  issueSchema,
  partialDateSchema,
  positionSchema,
  sourceSchema,
  strengthSchema,
  type Dataset,
  type ResolvedCitation,
} from "../data/schema";
import { cellOf } from "../data/cells";
import {
  CITATION_KIND_INFO,
  CITATION_KINDS,
  POSITION_KIND_INFO,
  POSITION_KINDS,
  SOURCE_KIND_INFO,
  SOURCE_KINDS,
  STANCE_INFO,
  STANCES,
  STRENGTH_INFO,
  STRENGTHS,
} from "../data/vocab";
import type { Edition } from "../release/edition";

/**
 * Raised when the document's shape changes in a way that can break a reader. 2: positions are
 * documents or actors with a scope; sources say whose statement they are, whether anonymous, and
 * their known problems (`primary` is gone: kind "own-statement" says it); cells carry a strength.
 */
export const EXPORT_FORMAT_VERSION = 2;

const offset = z.int().nonnegative();

export const exportedCitationSchema = citationSchema.extend({
  id: z.string().describe("Stable within a version of the data: `<source>:<start>-<end>`."),
  start: offset.describe("Where the passage starts in its source's `text`, in UTF-16 code units (JavaScript string indices)."),
  end: offset.describe("Where the passage ends (exclusive), in UTF-16 code units."),
  link: z.url().describe("The passage, highlighted in the app's source reader."),
});

/** The data file's cell with resolved citations; keeps its rule that only "not-addressed" cites nothing. */
export const exportedCellSchema = cellSchema.safeExtend({
  citations: z.array(exportedCitationSchema),
  explicit: z.boolean().describe("False where the data files list no cell for this pair: shown as not addressed."),
  strength: strengthSchema.describe("How much the evidence weighs, computed from the citations: see vocabulary.strengths."),
});

export const exportedIssueSchema = issueSchema.extend({
  link: z.url().describe("The issue's page in the app."),
  cells: z.array(exportedCellSchema).describe("One cell per position, in the positions' order."),
});

export const exportedSourceSchema = sourceSchema.extend({
  link: z.url().describe("The source in the app's reader."),
  text: z.string().describe("The full text every quote's offsets refer to."),
});

const exportedEventSchema = eventSchema.safeExtend({ citations: z.array(exportedCitationSchema).min(1) });

export const exportedEditionSchema = z
  .strictObject({
    version: z.string().nullable().describe("The dataset's release, `YYYY.MM.N`; null before the first release."),
    released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("The day that release was made."),
    asOf: partialDateSchema.describe("The latest source date in the corpus: what the data is as of."),
    unreleasedChanges: z.int().nonnegative().describe("Changes since that release that no release records yet; 0 when the data is exactly the release."),
  })
  .describe("Which release of the data this is: cite its version.");

const term = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.strictObject({ code: z.enum(codes), label: z.string(), meaning: z.string().optional() });

export const exportDocumentSchema = z
  .strictObject({
    $schema: z.url().describe("The address of this document's JSON Schema."),
    version: z.literal(EXPORT_FORMAT_VERSION),
    site: z.url().describe("The app these links point into."),
    edition: exportedEditionSchema.optional(),
    vocabulary: z.strictObject({
      stances: z.array(term(STANCES)),
      citationKinds: z.array(term(CITATION_KINDS)),
      sourceKinds: z.array(term(SOURCE_KINDS)),
      positionKinds: z.array(term(POSITION_KINDS)),
      strengths: z.array(term(STRENGTHS)),
    }),
    positions: z.array(positionSchema).describe("The matrix's columns, in order."),
    categories: z.array(categorySchema).describe("The row groups, in order."),
    issues: z.array(exportedIssueSchema).describe("The matrix's rows, in order."),
    sources: z.array(exportedSourceSchema).describe("The corpus every quote is copied from."),
    events: z.array(exportedEventSchema).describe("The timeline, oldest first."),
  })
  .meta({
    title: "Positions Matrix dataset",
    description:
      `Positions in ${siteIdentity().scope}, issue by issue, each cell cited verbatim from its sources.`,
  });

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

function schemaUrl(siteUrl: string): string {
  return appUrl(siteUrl, "export/data.schema.json");
}

/** The dataset in the exported shape: cells as arrays in column order, links made absolute. */
export function exportDocument(data: Dataset, siteUrl: string, edition?: Edition): ExportDocument {
  const citation = ({ source, quote, prefix, suffix, speaker, about, kind, id, start, end }: ResolvedCitation) => ({
    source, quote, prefix, suffix, speaker, about, kind, id, start, end,
    link: passageUrl(siteUrl, { source, start, end }),
  });
  return {
    $schema: schemaUrl(siteUrl),
    version: EXPORT_FORMAT_VERSION,
    site: appUrl(siteUrl, ""),
    ...(edition
      ? {
          edition: {
            version: edition.release?.version ?? null,
            released: edition.release?.date ?? null,
            asOf: edition.asOf,
            unreleasedChanges: edition.unreleased,
          },
        }
      : {}),
    vocabulary: {
      stances: STANCES.map((code) => ({ code, label: STANCE_INFO[code].label, meaning: STANCE_INFO[code].meaning })),
      citationKinds: CITATION_KINDS.map((code) => ({ code, ...CITATION_KIND_INFO[code] })),
      sourceKinds: SOURCE_KINDS.map((code) => ({ code, ...SOURCE_KIND_INFO[code] })),
      positionKinds: POSITION_KINDS.map((code) => ({ code, ...POSITION_KIND_INFO[code] })),
      strengths: STRENGTHS.map((code) => ({ code, label: STRENGTH_INFO[code].label, meaning: STRENGTH_INFO[code].meaning })),
    },
    positions: data.positions,
    categories: data.categories,
    issues: data.issues.map(({ cells, ...issue }) => ({
      ...issue,
      link: issueUrl(siteUrl, issue.slug),
      cells: data.positions.map((p) => {
        const { position, stance, summary, disagreement, explicit, citations, strength } = cellOf({ slug: issue.slug, cells }, p.slug);
        return { position, stance, summary, disagreement, citations: citations.map(citation), explicit, strength };
      }),
    })),
    sources: data.sources.map((s) => ({ ...s, link: sourceUrl(siteUrl, s.id) })),
    events: data.events.map((e) => ({ ...e, citations: e.citations.map(citation) })),
  };
}

/** The JSON Schema (draft 2020-12) of the exported document, with its own address as `$id`. */
export function exportJsonSchema(siteUrl: string) {
  return { ...z.toJSONSchema(exportDocumentSchema, { target: "draft-2020-12", io: "output" }), $id: schemaUrl(siteUrl) };
}
