/**
 * Edits a YAML data file through the `yaml` library's document API without reformatting it:
 * the document locates the nodes, the library writes the new ones, and the new text is spliced
 * into the old, so that every comment, folded line and quote style elsewhere stays as it was.
 * (Printing the whole document again would refold the files' long lines.)
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap, type YAMLSeq } from "yaml";

export type Edit = { from: number; to: number; text: string };

const OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const;

export function parseForEdit(text: string) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new Error(`malformed YAML: ${doc.errors[0]!.message}`);
  return doc;
}

/**
 * A value as a block of YAML, with the maps named in `flow` written on one line (`date: { … }`)
 * and dates quoted, as the data files write them (a YAML 1.1 reader would take them for dates).
 */
export function yamlBlock(value: unknown, flow: readonly string[] = []): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (flow.includes(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === "string" && /^\d{4}(-\d{2}){0,2}$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString(OPTIONS);
}

/** One scalar as it would be written after `key: `. */
export const yamlScalar = (value: string) => new Document(value).toString(OPTIONS).trimEnd();

const lineStart = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1;

/** The end of the line holding the last non-space character before `at`, past its newline. */
function endOfContent(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const nl = text.indexOf("\n", i);
  return nl === -1 ? text.length : nl + 1;
}

const indent = (block: string, column: number) =>
  block
    .split("\n")
    .map((line) => (line ? " ".repeat(column) + line : line))
    .join("\n");

/** Appends `value` as the last item of a block sequence. */
export function appendItem(text: string, seq: YAMLSeq, value: unknown, options: { flow?: readonly string[]; blankLine?: boolean } = {}): Edit {
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range || !seq.range || seq.flow) throw new Error("appendItem needs a block sequence with an item");
  const dash = text.lastIndexOf("-", last.range[0]);
  const column = dash - lineStart(text, dash);
  const at = endOfContent(text, seq.range[1]);
  const lead = at === text.length && !text.endsWith("\n") ? "\n" : "";
  return { from: at, to: at, text: lead + (options.blankLine ? "\n" : "") + indent(yamlBlock([value], options.flow), column) };
}

/** Adds `key: value` as the last entry of a block mapping. */
export function appendPair(text: string, map: YAMLMap, key: string, value: unknown): Edit {
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range || !map.range || map.flow) throw new Error("appendPair needs a block mapping with an entry");
  const column = first.range[0] - lineStart(text, first.range[0]);
  const at = endOfContent(text, map.range[1]);
  return { from: at, to: at, text: indent(yamlBlock({ [key]: value }), column) };
}

/** Replaces the value of `key` in a block mapping, keeping the key and any comment after the value. */
export function replaceValue(map: YAMLMap, key: string, value: string): Edit {
  const node = map.get(key, true);
  if (!isScalar(node) || !node.range) throw new Error(`no ${key} to replace`);
  return { from: node.range[0], to: node.range[1], text: yamlScalar(value) };
}

/** Applies edits (at distinct places) from the end of the text back, so earlier offsets hold. */
export function applyEdits(text: string, edits: Edit[]): string {
  return [...edits].sort((a, b) => b.from - a.from).reduce((t, e) => t.slice(0, e.from) + e.text + t.slice(e.to), text);
}
