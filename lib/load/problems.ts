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

/** Quotes a text for a message, shortened so one line stays readable; other values are shown as YAML would write them. */
export function show(value: unknown, max = 160): string {
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const s = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const flat = s.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > max ? flat.slice(0, max) + "…" : flat);
}

/** What a field holds, in words, for "expected …, got …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "it is missing";
  if (value === null) return "it is empty";
  if (typeof value === "string") return `got the text ${show(value)}`;
  if (typeof value === "number") return Number.isFinite(value) ? `got the number ${value}` : "got a number too large to store";
  if (typeof value === "boolean") return `got ${value}`;
  if (Array.isArray(value)) return `got a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  return "got a set of fields";
}

/** Edit distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The known name a mistyped one most likely meant, if one is close enough to say so. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** "unknown X" advice: the likely meant name, else the names there are. */
export function knownNames(name: string, known: readonly string[], what: string): string {
  const meant = closestName(name, known);
  if (meant) return `did you mean ${show(meant)}?`;
  if (known.length === 0) return `there are no ${what} to refer to`;
  return `expected one of ${known.map((k) => show(k)).join(", ")}`;
}
