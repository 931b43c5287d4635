/** Parses a YAML data file and validates it with zod, keeping line numbers for every problem. */
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { fieldPath, show, type DataProblem } from "./problems";

export type FileText = { path: string; text: string };

export type ParsedFile<T> = {
  file: string;
  value: T | undefined;
  /** The parsed YAML before validation, for references from other files when validation failed. */
  raw: unknown;
  problems: DataProblem[];
  /** The line of a field, or of its nearest existing parent when the field is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
};

export function parseYamlFile<S extends z.ZodType>(file: FileText, schema: S): ParsedFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(doc, lineCounter, path);

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      file: file.path,
      line: e.linePos?.[0]?.line ?? 1,
      field: "",
      message: `malformed YAML: ${e.message.split("\n")[0]}`,
    }));
    return { file: file.path, value: undefined, raw: undefined, problems, lineOf };
  }

  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return { file: file.path, value: result.data, raw: data, problems: [], lineOf };

  const problems = result.error.issues.map((issue) => {
    const got = valueAt(data, issue.path);
    const shown = got === undefined ? "it is missing" : `got ${show(got)}`;
    return {
      file: file.path,
      line: lineOf(issue.path),
      field: fieldPath(issue.path),
      message: `${describe(issue)} (${shown})`,
    };
  });
  return { file: file.path, value: undefined, raw: data, problems, lineOf };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_big":
    case "too_small":
    case "invalid_format":
    case "custom":
      return issue.message.startsWith("Too") || issue.message.startsWith("Invalid")
        ? issue.message.replace(/^Invalid/, "invalid")
        : `expected ${issue.message}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function nodeLine(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): number {
  for (let p = [...path]; ; p = p.slice(0, -1)) {
    const node = p.length === 0 ? doc.contents : doc.getIn(p as unknown[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    if (p.length === 0) return 1;
  }
}
