/**
 * The read API (`/api/v1/…`): static JSON files cut from the one export document, so the API,
 * data.json and the pages say the same thing. Each file carries the edition it belongs to. Its
 * zod schemas are the OpenAPI document's (openapi.ts): one shape, one place.
 */
import { z } from "zod";
import { positionSchema, slugSchema } from "../data/schema";
import { appUrl } from "../site/links";
import {
  exportedCellSchema,
  exportedCitationSchema,
  exportedEditionSchema,
  exportedIssueSchema,
  exportedSourceSchema,
  type ExportDocument,
} from "./document";

/** The first path segment: a new one comes with any change that can break a reader. */
export const API_VERSION = "v1";

export function apiPath(file: string): string {
  return `/api/${API_VERSION}/${file}`;
}

const apiLink = z.url().describe("This item's own file in the API.");
const edition = exportedEditionSchema;

export const apiIndexSchema = z
  .strictObject({
    edition,
    site: z.url().describe("The app these links point into."),
    openapi: z.url().describe("The OpenAPI document describing every file of the API."),
    positions: z.array(z.strictObject({ slug: slugSchema, label: z.string(), kind: positionSchema.shape.kind, api: apiLink })),
    issues: z.array(z.strictObject({ slug: slugSchema, title: z.string(), category: slugSchema, link: z.url(), api: apiLink })),
    sources: z.array(z.strictObject({ id: slugSchema, title: z.string(), link: z.url(), api: apiLink })),
  })
  .meta({ title: "Index", description: "Every position, issue and source, with the address of its own file." });

export const apiIssueSchema = z.strictObject({ edition, issue: exportedIssueSchema }).meta({ title: "Issue", description: "One issue with its cell for every position." });

export const apiPositionSchema = z
  .strictObject({ edition, position: positionSchema, cells: z.array(z.strictObject({ issue: slugSchema, cell: exportedCellSchema })) })
  .meta({ title: "Position", description: "One position (a column) with its cell on every issue." });

export const apiSourceSchema = z
  .strictObject({
    edition,
    source: exportedSourceSchema,
    citedBy: z.array(z.strictObject({ issue: slugSchema, position: slugSchema, citation: exportedCitationSchema })),
  })
  .meta({ title: "Source", description: "One source with its full text and every citation of it in the matrix." });

export type ApiIndex = z.infer<typeof apiIndexSchema>;
export type ApiIssue = z.infer<typeof apiIssueSchema>;
export type ApiPosition = z.infer<typeof apiPositionSchema>;
export type ApiSource = z.infer<typeof apiSourceSchema>;

type Doc = ExportDocument & { edition: NonNullable<ExportDocument["edition"]> };

/** The export document with its edition: the API always names one. */
export function apiDocument(doc: ExportDocument): Doc {
  if (!doc.edition) throw new Error("the API needs the export document with its edition: pass the Edition to exportDocument");
  return doc as Doc;
}

export function apiIndex(doc: Doc): ApiIndex {
  const api = (folder: string, name: string) => appUrl(doc.site, apiPath(`${folder}/${name}.json`));
  return {
    edition: doc.edition,
    site: doc.site,
    openapi: appUrl(doc.site, apiPath("openapi.json")),
    positions: doc.positions.map((p) => ({ slug: p.slug, label: p.label, kind: p.kind, api: api("positions", p.slug) })),
    issues: doc.issues.map((i) => ({ slug: i.slug, title: i.title, category: i.category, link: i.link, api: api("issues", i.slug) })),
    sources: doc.sources.map((s) => ({ id: s.id, title: s.title, link: s.link, api: api("sources", s.id) })),
  };
}

export function apiIssue(doc: Doc, slug: string): ApiIssue | null {
  const issue = doc.issues.find((i) => i.slug === slug);
  return issue ? { edition: doc.edition, issue } : null;
}

export function apiPosition(doc: Doc, slug: string): ApiPosition | null {
  const position = doc.positions.find((p) => p.slug === slug);
  if (!position) return null;
  const cells = doc.issues.flatMap((i) => i.cells.filter((c) => c.position === slug).map((cell) => ({ issue: i.slug, cell })));
  return { edition: doc.edition, position, cells };
}

export function apiSource(doc: Doc, id: string): ApiSource | null {
  const source = doc.sources.find((s) => s.id === id);
  if (!source) return null;
  const citedBy = doc.issues.flatMap((i) =>
    i.cells.flatMap((c) => c.citations.filter((q) => q.source === id).map((citation) => ({ issue: i.slug, position: c.position, citation }))),
  );
  return { edition: doc.edition, source, citedBy };
}
