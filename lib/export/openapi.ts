/**
 * The OpenAPI 3.1 document of the read API (`/api/v1/openapi.json`). Its schemas are generated
 * from the API's zod schemas (JSON Schema 2020-12, OpenAPI 3.1's own dialect), never written by hand.
 */
import { z } from "zod";
import { appUrl } from "../site/links";
import { siteIdentity } from "../site/identity";
import { apiIndexSchema, apiIssueSchema, apiPath, apiPositionSchema, apiSourceSchema, API_VERSION } from "./api";
import { LICENCE } from "../release/licence";

/** The API's files, each with its schema's name, the parameter its name holds, and what it is. */
export const API_FILES = [
  { path: "/index.json", schema: "Index", param: null, summary: "Every position, issue and source, with their files' addresses" },
  { path: "/issues/{slug}.json", schema: "Issue", param: "slug", summary: "One issue: its cell for every position, with citations" },
  { path: "/positions/{slug}.json", schema: "Position", param: "slug", summary: "One position: its cell on every issue" },
  { path: "/sources/{id}.json", schema: "Source", param: "id", summary: "One source: its metadata, full text and every citation of it" },
] as const;

const SCHEMAS = { Index: apiIndexSchema, Issue: apiIssueSchema, Position: apiPositionSchema, Source: apiSourceSchema };

/** A zod schema as an OpenAPI 3.1 schema object: the 2020-12 dialect is the default, so `$schema` goes. */
function schemaObject(schema: z.ZodType) {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
  delete json.$schema;
  return json;
}

export function openApiDocument(siteUrl: string, info: { version: string | null }) {
  const paths = Object.fromEntries(
    API_FILES.map((f) => [
      f.path,
      {
        get: {
          operationId: `get${f.schema}`,
          summary: f.summary,
          ...(f.param ? { parameters: [{ name: f.param, in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }] } : {}),
          responses: {
            "200": { description: f.summary, content: { "application/json": { schema: { $ref: `#/components/schemas/${f.schema}` } } } },
            ...(f.param ? { "404": { description: `No such ${f.param === "id" ? "source" : f.schema.toLowerCase()}: the index lists every one` } } : {}),
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.1",
    info: {
      title: `${siteIdentity().name} read API`,
      version: `${API_VERSION}${info.version ? ` (data version ${info.version})` : ""}`,
      summary: `The positions in ${siteIdentity().scope}, issue by issue, as static JSON files.`,
      description:
        "Read-only static files written at each build. Every file carries `edition`, the release of the data it belongs to: cite its version. Start from index.json.",
      license: { name: LICENCE.name, identifier: LICENCE.id },
    },
    servers: [{ url: appUrl(siteUrl, apiPath("")).replace(/\/$/, "") }],
    paths,
    components: { schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, s]) => [name, schemaObject(s)])) },
  };
}
