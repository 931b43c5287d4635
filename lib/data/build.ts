/**
 * Turns the data files into a validated Dataset: zod shapes, references between files,
 * unique ids, and every quote resolved to offsets in its source. Pure: no file system.
 */
import {
  categoriesFileSchema,
  issueSchema,
  positionsFileSchema,
  sourcesFileSchema,
  timelineFileSchema,
  type Citation,
  type Dataset,
  type ResolvedCell,
  type ResolvedCitation,
  type ResolvedIssue,
  type SourceWithText,
} from "./schema";
import { DataError, fieldPath, show, type DataProblem } from "./problems";
import { findQuote, firstDifference } from "./quotes";
import { checkMethod } from "./method";
import { cellStrength, NOT_STATED } from "./strength";
import { parseYamlFile, type FileText, type ParsedFile } from "./yaml-file";
import { SILENT_SUMMARY } from "./vocab";

export type DataFiles = {
  sources: FileText;
  positions: FileText;
  categories: FileText;
  timeline: FileText;
  issues: FileText[];
  /** Source texts by file name (as named in sources.yaml). */
  sourceTexts: Record<string, string>;
  /** Where the source texts live, for messages. */
  sourceDir: string;
};

export function buildDataset(files: DataFiles): Dataset {
  const problems: DataProblem[] = [];
  const take = <T>(parsed: ParsedFile<T>) => (problems.push(...parsed.problems), parsed);

  const sourcesFile = take(parseYamlFile(files.sources, sourcesFileSchema));
  const positionsFile = take(parseYamlFile(files.positions, positionsFileSchema));
  const categoriesFile = take(parseYamlFile(files.categories, categoriesFileSchema));
  const timelineFile = take(parseYamlFile(files.timeline, timelineFileSchema));
  const issueFiles = files.issues.map((f) => take(parseYamlFile(f, issueSchema)));

  const at = (parsed: ParsedFile<unknown>, path: PropertyKey[], message: string) =>
    problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldPath(path), message });

  const sources = new Map<string, SourceWithText>();
  (sourcesFile.value ?? []).forEach((s, i) => {
    if (sources.has(s.id)) return at(sourcesFile, [i, "id"], `duplicate source id ${show(s.id)}: ids must be unique`);
    const text = files.sourceTexts[s.file];
    if (text === undefined)
      return at(sourcesFile, [i, "file"], `no file ${show(s.file)} in ${files.sourceDir}: copy it from the corpus byte for byte`);
    sources.set(s.id, { ...s, text });
  });

  const positions = uniqueBy(positionsFile, (p) => p.slug, "position slug", at);
  const categories = uniqueBy(categoriesFile, (c) => c.slug, "category slug", at);
  const knownList = (m: Map<string, unknown>) => [...m.keys()].map((k) => `"${k}"`).join(", ");

  const resolve = (parsed: ParsedFile<unknown>, path: PropertyKey[], c: Citation): ResolvedCitation | null => {
    const source = sources.get(c.source);
    if (!source) {
      at(parsed, [...path, "source"], `unknown source ${show(c.source)}: expected one of ${knownList(sources)}`);
      return null;
    }
    const match = findQuote(source.text, c);
    if (match.ok) return { ...c, id: `${c.source}:${match.start}-${match.end}`, start: match.start, end: match.end };
    const where = `${files.sourceDir}/${source.file}`;
    if (match.reason === "ambiguous") {
      const lines = match.matches.map((m) => m.line).join(", ");
      at(parsed, [...path, "quote"],
        `quote ${show(c.quote)} appears ${match.matches.length} times in ${where} (lines ${lines}): ` +
          `add a "prefix" with the words just before it, or a "suffix" with the words just after, to say which`);
    } else {
      const hint = match.closest
        ? `\nclosest passage (${where} line ${match.closest.line}): ${show(match.closest.text, 400)}` +
          `\nthe quote differs from it at character ${firstDifference(c.quote, match.closest.text) + 1}: copy the passage verbatim`
        : `; nothing in ${where} resembles it: check the "source" field`;
      const selector = c.prefix || c.suffix ? " with its prefix/suffix" : "";
      at(parsed, [...path, "quote"], `quote ${show(c.quote)} is not found${selector} in ${where}${hint}`);
    }
    return null;
  };

  const issues: ResolvedIssue[] = [];
  const slugOwners = new Map<string, string>();
  issueFiles.forEach((parsed, fi) => {
    const issue = parsed.value;
    if (!issue) {
      // Keep an invalid file's slug known, so that references to it don't add false problems.
      const slug = (parsed.raw as { slug?: unknown } | undefined)?.slug;
      if (typeof slug === "string") slugOwners.set(slug, parsed.file);
      return;
    }
    const expectedName = `${issue.slug}.yaml`;
    if (!files.issues[fi]!.path.endsWith(`/${expectedName}`))
      at(parsed, ["slug"], `slug ${show(issue.slug)} does not match the file name: rename the file to ${expectedName}`);
    const names: [string, PropertyKey[]][] = [
      [issue.slug, ["slug"]],
      ...issue.aliases.map((a, i): [string, PropertyKey[]] => [a, ["aliases", i]]),
    ];
    for (const [key, path] of names) {
      const owner = slugOwners.get(key);
      if (owner) at(parsed, path, `duplicate issue slug or alias ${show(key)}, already used by ${owner}`);
      else slugOwners.set(key, parsed.file);
    }
    if (!categories.has(issue.category))
      at(parsed, ["category"], `unknown category ${show(issue.category)}: expected one of ${knownList(categories)}`);

    const cells: Record<string, ResolvedCell> = {};
    issue.cells.forEach((cell, ci) => {
      if (!positions.has(cell.position))
        return at(parsed, ["cells", ci, "position"], `unknown position ${show(cell.position)}: expected one of ${knownList(positions)}`);
      if (cells[cell.position])
        return at(parsed, ["cells", ci, "position"], `a second cell for position ${show(cell.position)}: each issue has at most one cell per position`);
      const citations = cell.citations
        .map((c, k) => resolve(parsed, ["cells", ci, "citations", k], c))
        .filter((c): c is ResolvedCitation => c !== null);
      const strength = cellStrength(cell, citations, (id) => sources.get(id));
      cells[cell.position] = { ...cell, issue: issue.slug, citations, explicit: true, strength };
    });
    for (const [slug, position] of positions)
      if (position.complete && !cells[slug])
        at(parsed, ["cells"], `no cell for position ${show(slug)}, which data/positions.yaml marks complete: add one (stance "not-addressed" if the sources are silent)`);
    for (const slug of positions.keys())
      cells[slug] ??= { issue: issue.slug, position: slug, stance: "not-addressed", summary: SILENT_SUMMARY, citations: [], explicit: false, strength: NOT_STATED };
    issues.push({ ...issue, cells });
  });

  const events = (timelineFile.value ?? []).flatMap((e, i) => {
    e.issues.forEach((slug, k) => {
      if (!slugOwners.has(slug)) at(timelineFile, [i, "issues", k], `unknown issue ${show(slug)}: expected the slug of a file in data/issues/`);
    });
    const citations = e.citations
      .map((c, k) => resolve(timelineFile, [i, "citations", k], c))
      .filter((c): c is ResolvedCitation => c !== null);
    return [{ ...e, citations }];
  });
  uniqueBy(timelineFile, (e) => e.id, "event id", at);

  problems.push(...checkMethod({ sources, positions, sourcesFile, positionsFile, timelineFile, issueFiles, sourceDir: files.sourceDir }));
  if (problems.length > 0) throw new DataError(problems);

  const categoryOrder = (slug: string) => categories.get(slug)?.order ?? 0;
  return {
    sources: [...sources.values()],
    positions: [...positions.values()].sort((a, b) => a.order - b.order),
    categories: [...categories.values()].sort((a, b) => a.order - b.order),
    issues: issues.sort(
      (a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.title.localeCompare(b.title),
    ),
    events: events.sort((a, b) => a.date.localeCompare(b.date)),
  };
}

function uniqueBy<T>(
  parsed: ParsedFile<T[]>,
  key: (item: T) => string,
  what: string,
  at: (parsed: ParsedFile<unknown>, path: PropertyKey[], message: string) => void,
): Map<string, T> {
  const map = new Map<string, T>();
  (parsed.value ?? []).forEach((item, i) => {
    const k = key(item);
    if (map.has(k)) at(parsed, [i], `duplicate ${what} ${show(k)}: each must be unique`);
    else map.set(k, item);
  });
  return map;
}

