/**
 * The matrix as the page sends it to the browser: only what cannot be derived. React inlines a
 * client component's props in the page, and evaluating them is most of what a phone does before
 * the matrix answers, so the browser rebuilds the rest once, by the rules the server uses.
 * Every field left out is one the browser derives; a field is sent whenever the data differs from
 * what would be derived, so `unpackMatrix(packMatrix(x))` is `x` for any matrix.
 */
import { passageKey } from "../data/passage";
import { cellStrength } from "../data/strength";
import { SILENT_SUMMARY, type CitationKind } from "../data/vocab";
import type { MatrixCell, MatrixCitation, MatrixData, MatrixIssue } from "./data";

/** A citation without its quote (in `quotes`, under its passage), its id when it is the passage's key, or its kind when `reporting`. */
type WireCitation = Omit<MatrixCitation, "id" | "quote" | "kind"> & { id?: string; quote?: string; kind?: CitationKind };

/** A cell without what a silent cell has (its stance, summary and no citations), and without the strength its evidence gives. */
type WireCell = Partial<Omit<MatrixCell, "citations">> & { citations?: WireCitation[] };

/** An issue's cells in the order of the positions. */
type WireIssue = Omit<MatrixIssue, "cells"> & { cells: WireCell[] };

export type WireMatrix = Omit<MatrixData, "issues"> & {
  issues: WireIssue[];
  /** Each quoted passage once, by its key: many passages are cited in more than one cell. */
  quotes: Record<string, string>;
};

const SILENT = { stance: "not-addressed", summary: SILENT_SUMMARY } as const;
const DEFAULT_KIND: CitationKind = "reporting";

/** Whether two flat records hold the same fields with the same values. */
function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.is(x[k], y[k]));
}

/** The strength a cell's evidence gives it (lib/data/strength.ts), as the loader computes it. */
const derivedStrength = (cell: Pick<MatrixCell, "stance" | "disagreement" | "citations">, sources: MatrixData["sources"]) =>
  cellStrength(cell, cell.citations, (id) => sources[id]);

const missing = (issue: string, position: string): never => {
  throw new Error(`issue "${issue}" has no cell for position "${position}", yet every issue has one for every position`);
};

const missingQuote = (key: string): never => {
  throw new Error(`no quote for passage "${key}" in the matrix sent to the browser`);
};

export function packMatrix(data: MatrixData): WireMatrix {
  const quotes: Record<string, string> = {};
  const packCitation = ({ id, quote, kind, ...rest }: MatrixCitation): WireCitation => {
    const key = passageKey(rest);
    quotes[key] ??= quote;
    return {
      ...rest,
      ...(id === key ? {} : { id }),
      ...(quotes[key] === quote ? {} : { quote }),
      ...(kind === DEFAULT_KIND ? {} : { kind }),
    };
  };
  const packCell = ({ stance, summary, citations, strength, ...rest }: MatrixCell): WireCell => ({
    ...(stance === SILENT.stance ? {} : { stance }),
    ...(summary === SILENT.summary ? {} : { summary }),
    ...(citations.length > 0 ? { citations: citations.map(packCitation) } : {}),
    ...(sameFields(strength, derivedStrength({ stance, citations, ...rest }, data.sources)) ? {} : { strength }),
    ...rest,
  });
  const issues = data.issues.map(({ cells, ...issue }) => {
    const extra = Object.keys(cells).filter((slug) => !data.positions.some((p) => p.slug === slug));
    if (extra.length > 0) throw new Error(`issue "${issue.slug}" has cells for unknown positions: ${extra.join(", ")}`);
    return { ...issue, cells: data.positions.map((p) => packCell(cells[p.slug] ?? missing(issue.slug, p.slug))) };
  });
  return { ...data, issues, quotes };
}

export function unpackMatrix(wire: WireMatrix): MatrixData {
  const { quotes, issues, ...rest } = wire;
  const unpackCitation = ({ id, quote, kind, ...c }: WireCitation): MatrixCitation => {
    const key = passageKey(c);
    return { ...c, id: id ?? key, quote: quote ?? quotes[key] ?? missingQuote(key), kind: kind ?? DEFAULT_KIND };
  };
  const unpackCell = ({ stance = SILENT.stance, summary = SILENT.summary, citations: packed = [], strength, ...extra }: WireCell): MatrixCell => {
    const citations = packed.map(unpackCitation);
    return { stance, summary, citations, strength: strength ?? derivedStrength({ stance, citations, ...extra }, wire.sources), ...extra };
  };
  return {
    ...rest,
    issues: issues.map(({ cells, ...issue }) => ({
      ...issue,
      cells: Object.fromEntries(wire.positions.map((p, i) => [p.slug, unpackCell(cells[i] ?? missing(issue.slug, p.slug))])),
    })),
  };
}
