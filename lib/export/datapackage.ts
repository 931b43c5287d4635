/**
 * `datapackage.json`: the whole-dataset download described by the Frictionless Data Package
 * convention (https://specs.frictionlessdata.io/), with a Table Schema for each CSV, so that
 * tools can read and validate the files without this app.
 */
import type { Dataset } from "../data/schema";
import { CITATION_KINDS, POSITION_KINDS, SOURCE_KINDS, STANCE_INFO, STANCES, STRENGTHS } from "../data/vocab";
import type { Edition } from "../release/edition";
import { CELLS_HEADER } from "./tables";
import { absoluteUrl } from "../site/links";
import { siteIdentity } from "../site/identity";
import { COMPILER, DATASET_TITLE } from "../release/cite";
import { LICENCE } from "../release/licence";

type Field = { name: string; type: "string"; description: string; format?: "uri"; constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string } };

const DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
const SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
const PROPOSITION = "The statement every stance on the issue answers: a position that supports it supports this statement, one that rejects it rejects it.";
const CITATIONS = "How many cited passages carry the stance (own words and reporting; commentary is never counted) in";
const GUARD = " A text that begins with = + - @ or a tab starts with an apostrophe, so that no spreadsheet runs it as a formula.";

export const ARCHIVE_FILES = {
  matrix: "matrix.csv",
  cells: "cells.csv",
  data: "data.json",
  schema: "data.schema.json",
  readme: "README.md",
  licence: "LICENSE.md",
  citation: "CITATION.cff",
} as const;

export function matrixFields(data: Dataset): Field[] {
  const stanceLabels = STANCES.map((s) => STANCE_INFO[s].label);
  return [
    { name: "issue_id", type: "string", description: "The issue's slug, its stable id.", constraints: { required: true, unique: true, pattern: SLUG } },
    { name: "issue_title", type: "string", description: "The issue's title.", constraints: { required: true } },
    { name: "proposition", type: "string", description: PROPOSITION, constraints: { required: true } },
    { name: "category", type: "string", description: "The title of the issue's category.", constraints: { required: true } },
    ...data.positions.flatMap((p): Field[] => [
      { name: `${p.label}: stance`, type: "string", description: `${p.label}'s stance on the issue's proposition, as its label.`, constraints: { required: true, enum: stanceLabels } },
      { name: `${p.label}: citations`, type: "string", description: `${CITATIONS} ${p.label}'s cell.`, constraints: { required: true, pattern: "^\\d+$" } },
      { name: `${p.label}: summary`, type: "string", description: `${p.label}'s position in a short, neutral summary.${GUARD}`, constraints: { required: true } },
      { name: `${p.label}: evidence`, type: "string", description: `How much the evidence for ${p.label}'s stance weighs, in fixed words ("Own words", "Reported by 2 sources", "Single report, no named author or publisher"; "Not stated" where it takes none).`, constraints: { required: true } },
    ]),
    { name: "issue_link", type: "string", format: "uri", description: "The issue's page in the app.", constraints: { required: true } },
  ];
}

const CELL_FIELDS: Record<(typeof CELLS_HEADER)[number], Omit<Field, "name" | "type">> = {
  issue_id: { description: "The issue's slug.", constraints: { required: true, pattern: SLUG } },
  issue_title: { description: "The issue's title.", constraints: { required: true } },
  category: { description: "The title of the issue's category.", constraints: { required: true } },
  position_id: { description: "The position's slug.", constraints: { required: true, pattern: SLUG } },
  position_label: { description: "The position's name.", constraints: { required: true } },
  stance: { description: "The stance code (see data.json's vocabulary).", constraints: { required: true, enum: [...STANCES] } },
  stance_label: { description: "The stance as the app shows it.", constraints: { required: true, enum: STANCES.map((s) => STANCE_INFO[s].label) } },
  summary: { description: `The cell's short, neutral summary.${GUARD}`, constraints: { required: true } },
  quote: { description: "The cited passage, verbatim from its source; blank for a cell that cites nothing." },
  citation_kind: { description: "own-words, reporting or commentary; blank for a cell that cites nothing.", constraints: { enum: [...CITATION_KINDS] } },
  speaker: { description: "The named person whose words the passage gives, where the source names one." },
  source_id: { description: "The source's id.", constraints: { pattern: SLUG } },
  source_title: { description: "The source's title." },
  source_date: { description: "The source's date, as precise as it allows: YYYY, YYYY-MM or YYYY-MM-DD.", constraints: { pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" } },
  source_date_qualifier: { description: "exact, on-or-after or approximate.", constraints: { enum: ["exact", "on-or-after", "approximate"] } },
  source_url: { description: "The source's original address; blank where unknown (never invented).", format: "uri" },
  passage_link: { description: "The passage, highlighted in the app's source reader.", format: "uri" },
  issue_link: { description: "The issue's page in the app.", format: "uri", constraints: { required: true } },
  position_kind: { description: "document (a plan's terms, as reported) or actor (what its officials state or are reported to hold).", constraints: { required: true, enum: [...POSITION_KINDS] } },
  position_scope: { description: "One sentence: what belongs in the position's column.", constraints: { required: true } },
  strength: { description: "The strength code of the cell's evidence (see data.json's vocabulary); computed from its citations, never typed.", constraints: { required: true, enum: [...STRENGTHS] } },
  strength_label: { description: "The strength in the words the app shows, e.g. \"Single report, no named author or publisher\".", constraints: { required: true } },
  strength_sources: { description: "How many sources carry the stance (commentary never counts); 0 where the cell takes none.", constraints: { required: true, pattern: "^\\d+$" } },
  disagreement: { description: "Where two sources disagree on a fact the cell relies on, what they disagree on; blank otherwise." },
  about: { description: "The person a reported passage is about (never its speaker); blank otherwise." },
  source_kind: { description: "own-statement, news-report or analysis; blank for a cell that cites nothing.", constraints: { enum: [...SOURCE_KINDS] } },
  source_author: { description: "The source's named author; blank where it names none." },
  source_publisher: { description: "The source's publisher; blank where it names none." },
  source_anonymous: { description: "true when the source names neither author nor publisher, false otherwise; blank for a cell that cites nothing.", constraints: { enum: ["true", "false"] } },
  proposition: { description: PROPOSITION, constraints: { required: true } },
  source_known_problems: { description: "The source's known problems (inconsistencies, conflicting dates), joined with \" | \"; blank where none is known." },
};

export function cellFields(): Field[] {
  return CELLS_HEADER.map((name) => ({ name, type: "string" as const, ...CELL_FIELDS[name] }));
}

export function dataPackage(data: Dataset, edition: Edition, siteUrl: string) {
  const site = new URL(siteUrl);
  const csv = { profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8", dialect: DIALECT };
  return {
    profile: "data-package",
    name: "positions-matrix",
    id: absoluteUrl("/", site),
    title: DATASET_TITLE,
    description:
      `The positions in ${siteIdentity().scope}, issue by issue: each cell a stance code, a short summary and the verbatim source passages that support it.`,
    ...(edition.release ? { version: edition.release.version, created: `${edition.release.date}T00:00:00Z` } : {}),
    homepage: absoluteUrl("/", site),
    keywords: siteIdentity().keywords,
    contributors: [{ title: COMPILER, role: "author" }],
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.title }],
    resources: [
      {
        name: "matrix",
        path: ARCHIVE_FILES.matrix,
        title: "The matrix",
        description: "One row per issue: each position's stance and summary.",
        ...csv,
        schema: { fields: matrixFields(data), primaryKey: ["issue_id"] },
      },
      {
        name: "cells",
        path: ARCHIVE_FILES.cells,
        title: "Cells and citations",
        description: "One row per citation of every cell, and one per cell that cites nothing.",
        ...csv,
        schema: {
          fields: cellFields(),
          missingValues: [""],
        },
      },
      {
        name: "data",
        path: ARCHIVE_FILES.data,
        title: "The whole dataset",
        description: `Positions, categories, issues with their cells and resolved citations, sources with their full texts, the timeline and the vocabulary. Its JSON Schema is ${ARCHIVE_FILES.schema}.`,
        profile: "data-resource",
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
      },
      {
        name: "data-schema",
        path: ARCHIVE_FILES.schema,
        title: "The JSON Schema of data.json",
        profile: "data-resource",
        format: "json",
        mediatype: "application/schema+json",
        encoding: "utf-8",
      },
    ],
  };
}
