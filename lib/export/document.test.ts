import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { exportDocument, exportDocumentSchema, exportJsonSchema } from "./document";
import { hostileDataset } from "./fixture.test-data";
import { loadDataset } from "../load/load";
import { squash } from "../data/quotes";

const SITE = "https://example.org";
const data = hostileDataset();
const doc = exportDocument(data, SITE);
/** What a reader of /export/data.json gets: undefined fields dropped. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** A standard JSON Schema validator, strict about the schema itself, checking URI formats. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
  return ajv.compile(exportJsonSchema(SITE));
}

describe("exportDocument", () => {
  it("is valid against its own zod schema, which admits no stray fields", () => {
    expect(exportDocumentSchema.safeParse(asJson(doc)).error).toBeUndefined();
    expect(exportDocumentSchema.safeParse(asJson(exportDocument(loadDataset(), SITE))).error).toBeUndefined();
  });

  it("gives every issue one cell per position, in the positions' order, implicit ones marked", () => {
    for (const issue of doc.issues) expect(issue.cells.map((c) => c.position)).toEqual(doc.positions.map((p) => p.slug));
    const implicit = doc.issues.find((i) => i.slug === "borders")!.cells.find((c) => c.position === "russia")!;
    expect(implicit).toMatchObject({ stance: "not-addressed", explicit: false, citations: [] });
  });

  it("keeps each source's full text, in which every citation's offsets find its quote", () => {
    const texts = new Map(doc.sources.map((s) => [s.id, s.text]));
    const citations = [...doc.issues.flatMap((i) => i.cells.flatMap((c) => c.citations)), ...doc.events.flatMap((e) => e.citations)];
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(squash(texts.get(c.source)!.slice(c.start, c.end))).toBe(squash(c.quote));
  });

  it("makes links absolute: issue pages, sources and passages in the reader", () => {
    const issue = doc.issues.find((i) => i.slug === "talks")!;
    expect(issue.link).toBe(`${SITE}/issues/talks`);
    const c = issue.cells.find((x) => x.position === "russia")!.citations[0]!;
    expect(c.link).toBe(`${SITE}/sources/${c.source}#q-${c.start}-${c.end}`);
    expect(doc.sources.map((s) => s.link)).toEqual(doc.sources.map((s) => `${SITE}/sources/${s.id}`));
    expect(doc.$schema).toBe(`${SITE}/export/data.schema.json`);
  });

  it("explains every stance, citation kind, source kind, position kind and strength it uses", () => {
    const codes = (terms: { code: string }[]) => new Set(terms.map((t) => t.code));
    const stances = codes(doc.vocabulary.stances);
    const strengths = codes(doc.vocabulary.strengths);
    for (const cell of doc.issues.flatMap((i) => i.cells)) {
      expect(stances).toContain(cell.stance);
      expect(strengths).toContain(cell.strength.level);
    }
    for (const s of doc.sources) expect(codes(doc.vocabulary.sourceKinds)).toContain(s.kind);
    for (const p of doc.positions) expect(codes(doc.vocabulary.positionKinds)).toContain(p.kind);
    expect(doc.vocabulary.citationKinds.every((k) => k.label && k.meaning)).toBe(true);
  });

  it("gives each cell its computed strength, each source its kind, anonymity and known problems, each position its scope", () => {
    const real = exportDocument(loadDataset(), SITE);
    const data = loadDataset();
    for (const issue of real.issues)
      for (const cell of issue.cells) {
        const loaded = data.issues.find((i) => i.slug === issue.slug)!.cells[cell.position]!;
        expect(cell.strength).toEqual(loaded.strength);
        expect(cell.disagreement).toBe(loaded.disagreement);
      }
    expect(real.sources.map((s) => [s.id, s.kind, s.anonymous, s.problems])).toEqual(data.sources.map((s) => [s.id, s.kind, s.anonymous, s.problems]));
    expect(real.positions.every((p) => p.scope.length > 0)).toBe(true);
    expect(real.issues.flatMap((i) => i.cells).some((c) => c.disagreement)).toBe(true);
  });
});

describe("exportDocumentSchema", () => {
  it("refuses a cell that claims a stance without citing anything, as the data files do", () => {
    const broken = structuredClone(asJson(doc)) as typeof doc;
    const cell = broken.issues.flatMap((i) => i.cells).find((c) => c.stance === "supports")!;
    cell.citations = [];
    expect(exportDocumentSchema.safeParse(broken).success).toBe(false);
  });
});

describe("exportJsonSchema", () => {
  it("is a draft 2020-12 schema at its public address", () => {
    const schema = exportJsonSchema(SITE);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${SITE}/export/data.schema.json`);
  });

  it("accepts the exported documents under a standard validator", () => {
    const validate = validator();
    expect(validate(asJson(doc)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(asJson(exportDocument(loadDataset(), SITE))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses a document with an unknown stance, a missing field or a stray one", () => {
    const validate = validator();
    const variants: ((d: typeof doc) => void)[] = [
      (d) => ((d.issues[0]!.cells[0]!.stance as string) = "maybe"),
      (d) => delete (d.sources[0] as Partial<(typeof d.sources)[0]>).text,
      (d) => Object.assign(d.positions[0]!, { colour: "red" }),
      (d) => ((d.issues[0]!.link as string) = "not a url"),
    ];
    for (const change of variants) {
      const broken = asJson(doc) as typeof doc;
      change(broken);
      expect(validate(broken)).toBe(false);
    }
  });
});

describe("exportDocument's edition", () => {
  it("names the version, its release date and the as-of date, and validates", () => {
    const edition = { asOf: "2025-12-04", release: { version: "2026.12.1", date: "2026-12-01" }, unreleased: 0 };
    const withEdition = asJson(exportDocument(loadDataset(), SITE, edition));
    expect(exportDocumentSchema.parse(withEdition).edition).toEqual({ version: "2026.12.1", released: "2026-12-01", asOf: "2025-12-04", unreleasedChanges: 0 });
  });
});
