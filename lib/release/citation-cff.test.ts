/** CITATION.cff at the repository root: it parses as the Citation File Format and names the latest release. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-cff";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DATA_DIR } from "../load/load";
import { buildReleases } from "./build";
import { DATASET_TITLE, COMPILER } from "./cite";
import { LICENCE } from "./licence";
import { readReleaseFiles } from "./load";

const text = readFileSync(path.join(DATA_DIR, "..", "CITATION.cff"), "utf8");
const latest = buildReleases(readReleaseFiles(DATA_DIR)).at(-1)!;

describe("CITATION.cff", () => {
  it("is a CFF 1.2.0 file with the fields the format requires", () => {
    const cff = parse(text);
    expect(cff["cff-version"]).toBe("1.2.0");
    for (const field of ["message", "title", "authors"]) expect(cff[field], field).toBeTruthy();
    expect(cff.type).toBe("dataset");
    expect(cff.license).toBe(LICENCE.id);
  });

  it("reads, through citation.js's CFF parser, as the dataset at its latest release", () => {
    const [item] = new Cite(parse(text), { forceType: "@cff/object" }).data as Record<string, unknown>[];
    expect(item).toMatchObject({ title: DATASET_TITLE, version: latest.version, author: [{ literal: COMPILER }] });
    const [y, m, d] = latest.date.split("-").map(Number);
    expect(item!.issued).toEqual({ "date-parts": [[y, m, d]] });
  });
});
