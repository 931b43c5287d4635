/**
 * What each data file declares for the others to refer to, checked for names used twice.
 * A file that failed, or an entry of it that failed, leaves references to it unchecked:
 * its root problem is reported once, not again by every reference.
 */
import { closestName, knownNames, show } from "./problems";
import { squash } from "../data/quotes";
import { sourceSchema, type Issue, type Source, type SourceWithText } from "../data/schema";
import { declaredNames, validEntries, type FileText, type ParsedFile } from "./yaml-file";

export type Report = (parsed: ParsedFile<unknown>, path: PropertyKey[], message: string) => void;

/** What one file declares for the others to refer to: its valid entries, and every name it gives (null when it failed as a whole). */
export type Names<T> = { valid: Map<string, T>; declared: Set<string> | null };

/** The entry a reference names; undefined, and reported as unknown only when its file did not declare it at all. */
export function refer<T>(names: Names<T>, name: string, what: string, report: (message: string) => void): T | undefined {
  const found = names.valid.get(name);
  if (found || names.declared === null || names.declared.has(name)) return found;
  report(`unknown ${what} ${show(name)}: ${knownNames(name, [...names.valid.keys()], `${what}s`)}`);
  return undefined;
}

/** sources.yaml's entries with their texts: each file present, readable, used once, and the copy its sha256 records. */
export function checkSources(
  parsed: ParsedFile<Source[]>,
  files: { sourceTexts: Record<string, string | null>; sourceHashes?: Record<string, string>; sourceDir: string },
  at: Report,
): Names<SourceWithText> {
  const valid = new Map<string, SourceWithText>();
  const seen = new Map<string, string>();
  const fileOwners = new Map<string, string>();
  const entries = validEntries(parsed, sourceSchema);
  const texts = Object.keys(files.sourceTexts);
  if (texts.length === 0 && entries.length > 0) {
    at(parsed, [], `none of the files listed here is in ${files.sourceDir}: copy the corpus texts there, byte for byte`);
    return { valid, declared: null };
  }
  let failed = parsed.problems.length > 0;
  for (const [i, s] of entries) {
    const where = `${files.sourceDir}/${s.file}`;
    if (seen.has(s.id)) {
      at(parsed, [i, "id"], `duplicate source id ${show(s.id)}: ids must be unique`);
      failed = true;
      continue;
    }
    seen.set(s.id, s.file);
    const owner = fileOwners.get(s.file);
    if (owner) {
      at(parsed, [i, "file"], `${where} is already the text of source ${show(owner)}: each source has a file of its own`);
      continue;
    }
    fileOwners.set(s.file, s.id);
    const text = files.sourceTexts[s.file];
    if (text === null) continue; // Reported against the file itself.
    if (text === undefined) {
      const meant = closestName(s.file, texts);
      at(parsed, [i, "file"], `no file ${show(s.file)} in ${files.sourceDir}` + (meant ? `: did you mean ${show(meant)}?` : ": copy it from the corpus byte for byte"));
      continue;
    }
    const actual = files.sourceHashes?.[s.file];
    if (actual !== undefined && s.sha256 === undefined) {
      at(parsed, [i], `no sha256 for ${where}: compare the file with the corpus (it must be a byte-for-byte copy), then add "sha256: ${actual}" here`);
    } else if (actual !== undefined && s.sha256 !== actual) {
      at(parsed, [i, "sha256"],
        `${where} is not the copy recorded here (its SHA-256 is ${actual}): copy it again, byte for byte, from the corpus; ` +
          "if the corpus itself changed, check every quote from it and record the new sha256. Its quotes are not checked until then");
      continue;
    }
    valid.set(s.id, { ...s, text });
  }
  return { valid, declared: failed ? null : declaredNames(parsed, "id") };
}

/** A list file's valid entries by `key`, refusing a key used twice and, for each of `unique`, a value two entries share. */
export function listed<T extends Record<string, unknown>>(
  parsed: ParsedFile<unknown[]>,
  entries: [number, T][],
  key: keyof T & string,
  what: string,
  at: Report,
  unique: (keyof T & string)[],
): Names<T> {
  const valid = new Map<string, T>();
  const taken = new Map(unique.map((field) => [field, new Map<string, string>()]));
  let duplicates = false;
  for (const [i, entry] of entries) {
    const name = String(entry[key]);
    if (valid.has(name)) {
      at(parsed, [i, key], `duplicate ${what} ${key} ${show(name)}: each must be unique`);
      duplicates = true;
      continue;
    }
    valid.set(name, entry);
    for (const [field, owners] of taken) {
      const value = typeof entry[field] === "string" ? squash(String(entry[field])).toLowerCase() : String(entry[field]);
      const owner = owners.get(value);
      if (owner === undefined) owners.set(value, name);
      else at(parsed, [i, field], `${field} ${show(entry[field])} is also the ${field} of ${what} ${show(owner)}: give each ${what} its own, so that they can be told apart`);
    }
  }
  // With an entry that failed, a reference to no valid entry may mean that one: leave it to the root problem.
  return { valid, declared: parsed.problems.length > 0 || duplicates ? null : declaredNames(parsed, key) };
}

export type IssueNames = Names<string> & { aliases: Map<string, string> };

/** Issue slugs (each its file's name) and former slugs (aliases, each naming one issue and no current slug). */
export function issueNames(texts: FileText[], parsedFiles: ParsedFile<Issue>[], at: Report): IssueNames {
  const valid = new Map<string, string>();
  const declared = new Set<string>();
  parsedFiles.forEach((parsed, fi) => {
    const name = texts[fi]!.path.split("/").pop()!;
    const stem = name.replace(/\..*$/, "");
    // A file that failed keeps its names known, so that references to it add no follow-on problems.
    declared.add(stem);
    const raw = (parsed.raw as { slug?: unknown } | undefined)?.slug;
    if (typeof raw === "string") declared.add(raw);
    const issue = parsed.value;
    if (!issue) return;
    if (name !== `${issue.slug}.yaml`) {
      at(parsed, ["slug"], `slug ${show(issue.slug)} does not match the file name ${name}: rename the file to ${issue.slug}.yaml, or set the slug to "${stem}"`);
      return;
    }
    valid.set(issue.slug, parsed.file);
  });
  const aliases = new Map<string, string>();
  // No issue files at all (the loader says why): every reference to an issue would be a follow-on.
  if (texts.length === 0) return { valid, declared: null, aliases };
  const aliasFiles = new Map<string, string>();
  for (const parsed of parsedFiles) {
    const issue = parsed.value;
    if (!issue || !valid.has(issue.slug)) continue;
    issue.aliases.forEach((alias, k) => {
      const say = (m: string) => at(parsed, ["aliases", k], `alias ${show(alias)} ${m}`);
      const owner = aliasFiles.get(alias);
      if (alias === issue.slug) say("is this issue's own slug: remove it (aliases are former slugs, for old links)");
      else if (valid.has(alias) || declared.has(alias)) say(`is the slug of another issue, ${valid.get(alias) ?? alias}: an alias is a former slug that no issue uses now; remove it here`);
      else if (owner === parsed.file) say("is listed twice: remove one");
      else if (owner) say(`is also an alias of ${owner}: a former slug can lead to one issue only; remove it from one of them`);
      else {
        aliases.set(alias, issue.slug);
        aliasFiles.set(alias, parsed.file);
      }
    });
  }
  return { valid, declared, aliases };
}
