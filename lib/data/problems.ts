/** A problem in a data file, told so that a person can fix it: where, what, and what would be right. */
export type DataProblem = {
  file: string;
  line: number;
  /** The field's path, e.g. "cells[1].citations[0].quote". */
  field: string;
  message: string;
};

export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line} ${p.field || "(file)"}: ${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => "  " + formatProblem(p).replace(/\n/g, "\n    ")).join("\n"),
    );
    this.name = "DataError";
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join("");
}

/** Quotes a value for a message, shortened so one line stays readable. */
export function show(value: unknown, max = 160): string {
  const s = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const flat = s.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > max ? flat.slice(0, max) + "…" : flat);
}
