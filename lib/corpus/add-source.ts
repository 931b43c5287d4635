/**
 * `npm run source:add`'s work: copies a text into the corpus byte for byte, records its SHA-256
 * and its entry in sources.yaml, and refuses a duplicate text or id, or an entry the data check
 * would refuse, before anything is written. Server-only.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isSeq } from "yaml";
import { decodeUtf8 } from "../load/load";
import { formatProblem, type DataProblem } from "../load/problems";
import type { Source } from "../data/schema";
import type { DateQualifier, SourceKind } from "../data/vocab";
import { addedProblems } from "./check";
import { appendItem, applyEdits, parseForEdit } from "./splice";

export type SourceFacts = {
  id?: string;
  title?: string;
  publisher?: string;
  author?: string;
  anonymous?: boolean;
  date?: string;
  qualifier?: DateQualifier;
  kind?: SourceKind;
  /** Null: the original address is unknown (never invented). */
  url?: string | null;
  statementOf?: string[];
};

/** A sentence that says why nothing was written. */
export class SourceRefused extends Error {}

/** The facts a source must have that are still missing, in the words of their options. */
export function missingFacts(facts: SourceFacts): string[] {
  const missing: string[] = [];
  if (!facts.id) missing.push("--id (a slug, e.g. kremlin-2025-12-02-transcript)");
  if (!facts.title) missing.push("--title");
  if (!facts.publisher && !facts.author && !facts.anonymous) missing.push("--publisher or --author (or --anonymous when the text names neither)");
  if (!facts.date) missing.push("--date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!facts.kind) missing.push("--kind (own-statement, news-report or analysis)");
  if (facts.kind === "own-statement" && !facts.statementOf?.length) missing.push("--statement-of (the actor positions whose statement it is)");
  return missing;
}

/** A slug from a file name: "WH Readout (Geneva).txt" → "wh-readout-geneva". */
export const idFromFileName = (file: string) =>
  path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const EXTENSIONS: Record<string, string> = { ".txt": ".txt", ".text": ".txt", ".md": ".md", ".markdown": ".md" };

export type AddedSource = { id: string; file: string; sha256: string; entry: Source; problems: DataProblem[] };

export function addSource(dataDir: string, textFile: string, facts: SourceFacts): AddedSource {
  const missing = missingFacts(facts);
  if (missing.length > 0) throw new SourceRefused(`Missing: ${missing.join("; ")}.`);
  const ext = EXTENSIONS[path.extname(textFile).toLowerCase()];
  if (!ext) throw new SourceRefused(`${textFile} is not plain text (.txt) or Markdown (.md): turn a web page or PDF into text first, without changing its words (docs/maintainers.md says how).`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(textFile);
  } catch (e) {
    throw new SourceRefused(`${textFile} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  const decoded = decodeUtf8(bytes);
  if (!("text" in decoded)) throw new SourceRefused(`${textFile}, line ${decoded.line}: ${decoded.message}.`);
  if (decoded.text.trim() === "") throw new SourceRefused(`${textFile} is empty: there is nothing to cite.`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  const yamlPath = path.join(dataDir, "sources.yaml");
  const yamlText = readFileSync(yamlPath, "utf8");
  const doc = parseForEdit(yamlText);
  const list = doc.contents;
  if (!isSeq(list)) throw new SourceRefused(`${yamlPath} is not a list of sources: fix it first (npm run check:data says where).`);
  const existing = list.toJSON() as { id?: string; file?: string; sha256?: string; title?: string }[];
  const id = facts.id!;
  const sameId = existing.find((s) => s.id === id);
  if (sameId) throw new SourceRefused(`The id "${id}" is taken: sources.yaml already has it for "${sameId.title}". Choose another --id.`);
  const sameText = existing.find((s) => s.sha256 === sha256 || (s.file && sameBytes(path.join(dataDir, "sources", s.file), bytes)));
  if (sameText) throw new SourceRefused(`This text is already in the corpus, as "${sameText.id}" (sources/${sameText.file}): nothing was added.`);
  const file = `${id}${ext}`;
  if (existsSync(path.join(dataDir, "sources", file))) throw new SourceRefused(`sources/${file} already exists, though sources.yaml does not list it: move it away or list it.`);

  const entry = {
    id,
    file,
    sha256,
    title: facts.title!,
    publisher: facts.publisher ?? null,
    author: facts.author ?? null,
    ...(facts.anonymous ? { anonymous: true } : {}),
    date: { value: facts.date!, qualifier: facts.qualifier ?? "exact" },
    kind: facts.kind!,
    url: facts.url ?? null,
    ...(facts.statementOf?.length ? { statementOf: facts.statementOf } : {}),
    problems: [],
  };
  const newYaml = applyEdits(yamlText, [appendItem(yamlText, list, entry, { flow: ["date", "statementOf"], blankLine: true })]);
  const { before, added } = addedProblems(dataDir, (files) => ({
    ...files,
    sources: { ...files.sources, text: newYaml },
    sourceTexts: { ...files.sourceTexts, [file]: decoded.text },
    sourceHashes: { ...files.sourceHashes, [file]: sha256 },
  }));
  if (added.length > 0) throw new SourceRefused(`The data check refuses this entry, so nothing was written:\n${added.map((p) => "  " + formatProblem(p)).join("\n")}`);

  writeFileSync(path.join(dataDir, "sources", file), bytes, { flag: "wx" });
  writeFileSync(yamlPath, newYaml);
  return { id, file, sha256, entry: entry as Source, problems: before };
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
