/** Parses a YAML data file and validates it with zod, keeping line numbers for every problem. */
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { z } from "zod";
import { describeIssue, gotText, shapeOf, yamlAdvice } from "./advice";
import { textProblem } from "../data/invisible";
import { deepFlow, deepNode, tooDeep } from "./nesting";
import { closestName, fieldPath, show, type DataProblem } from "./problems";

export type FileText = {
  path: string;
  text: string;
  /** Why the file could not be read (missing, a folder, not UTF-8); its text is then empty. */
  unreadable?: DataProblem;
};

export type ParsedFile<T> = {
  file: string;
  value: T | undefined;
  /** The parsed YAML before validation, for references from other files when validation failed; undefined when the file could not be read or parsed at all. */
  raw: unknown;
  problems: DataProblem[];
  /** The line of a field, or of its nearest existing parent when the field is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
};

// YAML allows tab, line feed and carriage return; any other control character is invisible in most editors.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function parseYamlFile<S extends z.ZodType>(file: FileText, schema: S): ParsedFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const failed = (problems: DataProblem[]) => ({ file: file.path, value: undefined, raw: undefined, problems, lineOf: () => 1 });
  if (file.unreadable) return failed([file.unreadable]);
  const problem = (line: number, message: string, field = "") => ({ file: file.path, line, field, message });

  const control = CONTROL.exec(file.text);
  if (control) {
    const { line, col } = position(file.text, control.index);
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return failed([problem(line, `an invisible control character (U+${code}) at column ${col}: delete it; a data file holds printable text only`)]);
  }

  const flow = deepFlow(file.text);
  if (flow) return failed([problem(flow.line, tooDeep(` at column ${flow.col}`))]);
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(doc, lineCounter, path);
  if (doc.errors.length > 0) {
    const [first] = doc.errors as [YAMLError, ...YAMLError[]];
    const more = doc.errors.length - 1;
    const line = first.linePos?.[0]?.line ?? 1;
    const after = more > 0 ? ` (${more} more YAML error${more === 1 ? "" : "s"} after it, most likely caused by this one)` : "";
    return failed([problem(line, `malformed YAML: ${yamlAdvice(first, file.text)}${after}`)]);
  }
  if (doc.contents === null) return failed([problem(1, `the file is empty: it should hold ${shapeOf(schema)}`)]);
  const deep = deepNode(doc);
  if (deep !== null) return failed([problem(lineCounter.linePos(deep).line, tooDeep(""))]);

  const unresolved = unresolvedAlias(doc, lineCounter);
  if (unresolved) return failed([problem(unresolved.line, `the alias *${unresolved.name} has no anchor &${unresolved.name} before it: define the anchor first, or write the value out`)]);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return failed([problem(1, `the file cannot be read as data (${(e as Error).message}): write the values out instead of repeating aliases (*name)`)]);
  }

  const result = schema.safeParse(data);
  const blanks = textProblems(data).map(({ path, message }) => problem(lineOf(path), message, fieldPath(path)));
  if (result.success && blanks.length === 0) return { file: file.path, value: result.data, raw: data, problems: [], lineOf };
  if (result.success) return { file: file.path, value: undefined, raw: data, problems: blanks, lineOf };
  // A misspelt field is reported once, as unknown with the right spelling, not also as the field missing.
  const meantFields = new Set<string>();
  const problems = result.error.issues.flatMap((issue): DataProblem[] => {
    if (issue.code === "unrecognized_keys") {
      const allowed = Object.keys(shapeAt(schema, issue.path));
      return issue.keys.map((key) => {
        const meant = closestName(key, allowed);
        if (meant) meantFields.add(fieldPath([...issue.path, meant]));
        const advice = meant ? `did you mean ${show(meant)}?` : `the fields here are ${allowed.join(", ")}`;
        return problem(keyLine(doc, lineCounter, issue.path, key), `unknown field ${show(key)}: ${advice}`, fieldPath([...issue.path, key]));
      });
    }
    const got = valueAt(data, issue.path);
    return [problem(lineOf(issue.path), `${describeIssue(issue, got)} (${gotText(issue, got)})`, fieldPath(issue.path))];
  });
  const kept = problems.filter((p) => !(meantFields.has(p.field) && p.message.endsWith("(it is missing)")));
  const reported = new Set(kept.map((p) => p.field));
  return { file: file.path, value: undefined, raw: data, problems: [...kept, ...blanks.filter((b) => !reported.has(b.field))], lineOf };
}

/** The entries of a list file that are valid on their own, with their index: what other files may still use when the list as a whole failed. */
export function validEntries<T>(parsed: ParsedFile<T[]>, entry: z.ZodType<T>): [number, T][] {
  if (parsed.value) return parsed.value.map((v, i) => [i, v]);
  if (!Array.isArray(parsed.raw)) return [];
  return parsed.raw.flatMap((raw, i): [number, T][] => {
    const r = entry.safeParse(raw);
    return r.success ? [[i, r.data]] : [];
  });
}

/** Every value of `key` that a list file's entries give, valid or not; null when the file could not be read as a list. */
export function declaredNames(parsed: ParsedFile<unknown[]>, key: string): Set<string> | null {
  if (!Array.isArray(parsed.raw)) return null;
  return new Set(parsed.raw.flatMap((e) => (e && typeof e === "object" && typeof (e as Record<string, unknown>)[key] === "string" ? [(e as Record<string, string>)[key]!] : [])));
}

type Def = { type: string; element?: z.ZodType; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The fields an object schema allows at `path`, for suggesting the field a misspelt one meant. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, z.ZodType> {
  let s: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (let d = defOf(s!); d.innerType || d.in; d = defOf(s!)) s = d.innerType ?? d.in;
  };
  for (const key of path) {
    unwrap();
    const d = defOf(s);
    s = typeof key === "number" ? d.element : d.shape?.[String(key)];
    if (!s) return {};
  }
  unwrap();
  return defOf(s).shape ?? {};
}

/** Every text, in any field, that would show as nothing or hides an invisible character (lib/data/invisible.ts). */
function textProblems(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? [{ path, message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textProblems(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => textProblems(v, [...path, k]));
  return [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function position(text: string, index: number) {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, col: index - before.lastIndexOf("\n") };
}

function nodeLine(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): number {
  for (let p = [...path]; ; p = p.slice(0, -1)) {
    const node = p.length === 0 ? doc.contents : doc.getIn(p as unknown[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    if (p.length === 0) return 1;
  }
}

/** The line where `key` is written inside the mapping at `path`. */
function keyLine(doc: Document, lc: LineCounter, path: readonly PropertyKey[], key: string): number {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isNode(pair.key) && pair.key.range) return lc.linePos(pair.key.range[0]).line;
  }
  return nodeLine(doc, lc, path);
}

function unresolvedAlias(doc: Document, lc: LineCounter): { name: string; line: number } | null {
  let found: { name: string; line: number } | null = null;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.resolve(doc) === undefined) {
        found = { name: node.source, line: node.range ? lc.linePos(node.range[0]).line : 1 };
        return visit.BREAK;
      }
    },
  });
  return found;
}
