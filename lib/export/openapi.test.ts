import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { apiIndex, apiIssue, apiPosition, apiSource } from "./api";
import { API_FILES, openApiDocument } from "./openapi";
import { apiDoc } from "./api-files";

const SITE = "https://positions.example.org/matrix/";
const spec = openApiDocument(SITE, { version: "2026.12.4" });

/** Every file the API serves, built from the real data as the routes build it, with the schema that names it. */
function realResponses() {
  const doc = apiDoc();
  return [
    { schema: "Index", body: apiIndex(doc) as unknown },
    ...doc.issues.map((i) => ({ schema: "Issue", body: apiIssue(doc, i.slug) as unknown })),
    ...doc.positions.map((p) => ({ schema: "Position", body: apiPosition(doc, p.slug) as unknown })),
    ...doc.sources.map((s) => ({ schema: "Source", body: apiSource(doc, s.id) as unknown })),
  ];
}

describe("openApiDocument", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(spec));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes each file of the API with a schema under components", () => {
    for (const f of API_FILES) {
      const schema = spec.paths[f.path]?.get.responses["200"].content["application/json"].schema;
      expect(schema?.$ref).toBe(`#/components/schemas/${f.schema}`);
      expect(spec.components.schemas).toHaveProperty(f.schema);
    }
    expect(spec.servers[0]!.url).toBe("https://positions.example.org/matrix/api/v1");
  });

  it("accepts every response the API serves for the real data, and each carries its edition", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
    ajv.addSchema({ $id: "openapi.json", components: spec.components });
    const responses = realResponses();
    expect(responses.length).toBeGreaterThan(40);
    for (const { schema, body } of responses) {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${schema}`)!;
      expect(validate(body), `${schema}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect((body as { edition: { asOf: string } }).edition.asOf).toMatch(/^\d{4}/);
    }
  });

  it("rejects a response that breaks the schema, so the check above can fail", () => {
    const ajv = new Ajv2020({ strict: false, formats: { uri: (s: string) => URL.canParse(s) } });
    ajv.addSchema({ $id: "openapi.json", components: spec.components });
    const validate = ajv.getSchema("openapi.json#/components/schemas/Issue")!;
    const issue = realResponses().find((r) => r.schema === "Issue")!.body as { issue: { cells: { stance: string }[] } };
    const broken = structuredClone(issue);
    broken.issue.cells[0]!.stance = "maybe";
    expect(validate(broken)).toBe(false);
  });
});
