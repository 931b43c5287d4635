/** The whole-dataset zip, unpacked and checked by the Frictionless reference validator and by the data's own schema. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { Package } from "datapackage";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../load/load";
import { archiveName, datasetArchive } from "./archive";

const data = loadDataset();
const edition = { asOf: "2025-12-04", release: { version: "2026.12.1", date: "2026-12-01" }, unreleased: 0 };
const input = { data, edition, siteUrl: "https://example.org/matrix/", citationCff: readFileSync("CITATION.cff", "utf8"), builtAt: new Date(2026, 11, 3) };
const FOLDER = "positions-matrix-2026.12.1";

let dir = "";
let entries: Record<string, Uint8Array> = {};
beforeAll(() => {
  entries = unzipSync(datasetArchive(input));
  dir = mkdtempSync(path.join(tmpdir(), "archive-"));
  for (const [name, bytes] of Object.entries(entries)) {
    mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (name: string) => strFromU8(entries[`${FOLDER}/${name}`]!);

describe("datasetArchive", () => {
  it("is named for the version, one folder holding the data, its description, README, licence and citation", () => {
    expect(archiveName(edition, new Date())).toBe(`${FOLDER}.zip`);
    expect(Object.keys(entries).sort()).toEqual(
      ["CITATION.cff", "LICENSE.md", "README.md", "cells.csv", "data.json", "data.schema.json", "datapackage.json", "matrix.csv"].map((f) => `${FOLDER}/${f}`),
    );
    expect(text("CITATION.cff")).toBe(input.citationCff);
    expect(text("README.md")).toContain("Version 2026.12.1, released 1 December 2026");
    expect(text("LICENSE.md")).toContain("https://creativecommons.org/licenses/by/4.0/");
  });

  it("has a datapackage.json that the Frictionless validator accepts, listing files that exist", async () => {
    const pkg = await Package.load(path.join(dir, FOLDER, "datapackage.json"));
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.version).toBe("2026.12.1");
    expect(pkg.descriptor.licenses[0].name).toBe("CC-BY-4.0");
    for (const r of pkg.descriptor.resources) expect(Object.keys(entries), r.path).toContain(`${FOLDER}/${r.path}`);
  });

  it("has CSV files whose every row fits its Table Schema: headers, types and constraints", async () => {
    const pkg = await Package.load(path.join(dir, FOLDER, "datapackage.json"));
    const tabular = pkg.resources.filter((r: { tabular: boolean }) => r.tabular);
    expect(tabular.map((r: { name: string }) => r.name)).toEqual(["matrix", "cells"]);
    for (const resource of tabular) {
      const rows = await resource.read({ keyed: true, cast: true });
      const parsed = Papa.parse<string[]>(text(resource.descriptor.path).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      expect(resource.schema.fieldNames, resource.name).toEqual(parsed[0]);
      expect(rows.length, resource.name).toBe(parsed.length - 1);
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  });

  it("would be caught by the same check if a value broke its schema", async () => {
    const descriptor = JSON.parse(text("datapackage.json"));
    const stance = descriptor.resources[1].schema.fields.find((f: { name: string }) => f.name === "stance");
    stance.constraints.enum = ["supports"];
    writeFileSync(path.join(dir, FOLDER, "broken.json"), JSON.stringify(descriptor));
    const pkg = await Package.load(path.join(dir, FOLDER, "broken.json"));
    await expect(pkg.getResource("cells").read({ keyed: true, cast: true })).rejects.toThrow();
  });

  it("has a data.json that validates against the data.schema.json beside it and names its edition", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
    const validate = ajv.compile(JSON.parse(text("data.schema.json")));
    const doc = JSON.parse(text("data.json"));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.edition).toEqual({ version: "2026.12.1", released: "2026-12-01", asOf: "2025-12-04", unreleasedChanges: 0 });
  });

  it("is the same bytes each time one version is built", () => {
    expect(datasetArchive({ ...input, builtAt: new Date(2027, 0, 1) })).toEqual(datasetArchive(input));
  });
});
