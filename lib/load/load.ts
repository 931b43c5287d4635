/** Reads data/ from disk and builds the Dataset once per process. Server-only. */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildDataset, type DataFiles } from "./build";
import { DataError, type DataProblem } from "./problems";
import type { Dataset } from "../data/schema";
import type { FileText } from "./yaml-file";

export const DATA_DIR = path.join(process.cwd(), "data");

const TOP_FILES = ["sources.yaml", "positions.yaml", "categories.yaml", "timeline.yaml"] as const;

export function readDataFiles(dataDir: string = DATA_DIR): DataFiles {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const at = (...parts: string[]) => path.join(/*turbopackIgnore: true*/ dataDir, ...parts);
  const problems: DataProblem[] = [];
  const problem = (file: string, message: string, line = 1): DataProblem => ({ file: rel(file), line, field: "", message });

  if (kindOf(dataDir) !== "folder") {
    const where = kindOf(dataDir) === "missing" ? "there is no folder here" : "this is not a folder";
    throw new DataError([problem(dataDir, `${where}: the data folder holds ${TOP_FILES.join(", ")}, issues/ and sources/ (set POSITIONS_DATA_DIR to use another one)`)]);
  }

  const readText = (full: string) => readTextFile(full, rel(full));

  const issueDir = at("issues");
  const issues: FileText[] = [];
  for (const entry of listFolder(issueDir, "one file per issue, data/issues/<slug>.yaml", problems, problem)) {
    const full = path.join(/*turbopackIgnore: true*/ issueDir, entry.name);
    if (entry.name.startsWith(".")) continue; // Editors' hidden swap and lock files, .DS_Store.
    if (entry.isDirectory())
      problems.push(problem(full, "a folder inside data/issues/: issue files sit directly in data/issues/; move its files up, or move the folder out of data/"));
    else if (entry.name.endsWith(".yaml")) issues.push(readText(full));
    else {
      const stem = entry.name.replace(/\..*$/, "");
      const advice = entry.name.endsWith(".yml") ? `rename it to ${stem}.yaml` : `rename it to <slug>.yaml if it is an issue, or move it out of data/issues/`;
      // Kept as a file that could not be read, so that references to its slug add no follow-on problems.
      issues.push({ path: rel(full), text: "", unreadable: problem(full, `not read: only files ending in .yaml are issues, so this one would be left out of the matrix; ${advice}`) });
    }
  }
  issues.sort((a, b) => a.path.localeCompare(b.path));
  if (issues.length === 0 && kindOf(issueDir) === "folder") problems.push(problem(issueDir, "no issue files: add one file per issue, data/issues/<slug>.yaml"));

  const sourceDir = at("sources");
  const sourceTexts: Record<string, string | null> = {};
  const sourceHashes: Record<string, string> = {};
  for (const entry of listFolder(sourceDir, "the corpus texts that data/sources.yaml lists", problems, problem)) {
    const full = path.join(/*turbopackIgnore: true*/ sourceDir, entry.name);
    const read = readBytes(full);
    if ("missing" in read) {
      problems.push(problem(full, read.missing));
      sourceTexts[entry.name] = null;
      continue;
    }
    sourceHashes[entry.name] = createHash("sha256").update(read.bytes).digest("hex");
    const decoded = decodeUtf8(read.bytes);
    if ("text" in decoded) sourceTexts[entry.name] = decoded.text;
    else {
      problems.push(problem(full, decoded.message, decoded.line));
      sourceTexts[entry.name] = null;
    }
  }

  return {
    sources: readText(at("sources.yaml")),
    positions: readText(at("positions.yaml")),
    categories: readText(at("categories.yaml")),
    timeline: readText(at("timeline.yaml")),
    issues,
    sourceTexts,
    sourceHashes,
    sourceDir: rel(sourceDir),
    problems,
  };
}

function kindOf(full: string): "file" | "folder" | "missing" | "other" {
  try {
    const s = statSync(full);
    return s.isFile() ? "file" : s.isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
}

/** A UTF-8 text file as the checks read it (named `file` in messages), with its bytes' SHA-256; or why it cannot be read. */
export function readTextFile(full: string, file: string): FileText & { sha256?: string } {
  const unreadable = (message: string, line = 1) => ({ path: file, text: "", unreadable: { file, line, field: "", message } });
  const read = readBytes(full);
  if ("missing" in read) return unreadable(read.missing);
  const decoded = decodeUtf8(read.bytes);
  if (!("text" in decoded)) return unreadable(decoded.message, decoded.line);
  return { path: file, text: decoded.text, sha256: createHash("sha256").update(read.bytes).digest("hex") };
}

/** A file's bytes, or why there are none, said as what to do. */
function readBytes(full: string): { bytes: Uint8Array } | { missing: string } {
  const kind = kindOf(full);
  if (kind === "missing") return { missing: "the file is missing: create it (see the README's data section for what it holds)" };
  // A link could publish a file from outside the repository, and git keeps it as a link, not as the text.
  if (lstatSync(/*turbopackIgnore: true*/ full).isSymbolicLink())
    return { missing: "a symbolic link where a file should be: data/ holds regular files only; replace the link with a copy of the file it points to" };
  if (kind !== "file") return { missing: "this is a folder (or another non-file) where a file should be: replace it with the file" };
  try {
    return { bytes: readFileSync(/*turbopackIgnore: true*/ full) };
  } catch (e) {
    return { missing: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): check its permissions` };
  }
}

function listFolder(dir: string, holds: string, problems: DataProblem[], problem: (file: string, message: string) => DataProblem) {
  const kind = kindOf(dir);
  if (kind === "folder") return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  problems.push(problem(dir, `${kind === "missing" ? "the folder is missing" : "this is not a folder"}: it holds ${holds}`));
  return [];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * The text of a UTF-8 file (a byte-order mark at the start is dropped), or where its first
 * byte that is not UTF-8 sits: such a file was saved in another encoding, e.g. Windows-1252.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; message: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // All before the first replacement character that the bytes did not spell out is valid, so its
    // UTF-8 length is the offset of the bad byte.
    const text = lenient.decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) {
      const offset = bom + Buffer.byteLength(text.slice(0, i));
      if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
      const before = text.slice(0, i);
      const line = before.split("\n").length;
      const column = i - before.lastIndexOf("\n");
      const context = before.slice(before.lastIndexOf("\n") + 1).slice(-40);
      const hex = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")}`;
      return {
        line,
        message: `not UTF-8: byte ${hex} at column ${column}${context ? `, after ${JSON.stringify(context)}` : ""}; ` +
          "the file was saved in another encoding (Windows-1252 or Latin-1, most likely): save it as UTF-8",
      };
    }
    return { line: 1, message: "not UTF-8: save it as UTF-8" };
  }
}

const loaded = new Map<string, Dataset>();

/** The validated dataset; throws a DataError naming file, line and field on bad data. */
export function loadDataset(dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): Dataset {
  let data = loaded.get(dataDir);
  // `npm run dev` reads the files afresh for every page, so an edit (by hand or by the dev-only citation form) shows at once.
  if (!data || process.env.NODE_ENV === "development") loaded.set(dataDir, (data = buildDataset(readDataFiles(dataDir))));
  return data;
}
