/**
 * Turns the data files into a validated Dataset: zod shapes, references between files,
 * unique ids, and every quote resolved to offsets in its source. Pure: no file system.
 * Problems come root first: the files others depend on (sources, positions, categories)
 * are checked before the issues and the timeline that refer to them.
 */
import {
  categoriesFileSchema,
  categorySchema,
  eventSchema,
  issueSchema,
  positionSchema,
  positionsFileSchema,
  sourcesFileSchema,
  timelineFileSchema,
  type Citation,
  type Dataset,
  type ResolvedCell,
  type ResolvedCitation,
  type ResolvedIssue,
} from "../data/schema";
import { quoteProblem } from "./advice";
import { checkSources, issueNames, listed, refer, type Report } from "./names";
import { DataError, fieldPath, show, type DataProblem } from "./problems";
import { checkMethod } from "./method";
import { passageKey } from "../data/passage";
import { findQuote } from "../data/quotes";
import { cellStrength, NOT_STATED } from "../data/strength";
import { parseYamlFile, validEntries, type FileText, type ParsedFile } from "./yaml-file";
import { SILENT_SUMMARY } from "../data/vocab";

export type DataFiles = {
  sources: FileText;
  positions: FileText;
  categories: FileText;
  timeline: FileText;
  issues: FileText[];
  /** Source texts by file name (as named in sources.yaml); null for a file that is there but could not be read. */
  sourceTexts: Record<string, string | null>;
  /** SHA-256 of each source file's bytes, when read from disk: sources.yaml must record it, and a differing copy is refused. */
  sourceHashes?: Record<string, string>;
  /** Where the source texts live, for messages. */
  sourceDir: string;
  /** Problems met while reading the files, before any was parsed. */
  problems?: DataProblem[];
};

export function buildDataset(files: DataFiles): Dataset {
  const problems: DataProblem[] = [...(files.problems ?? [])];
  const take = <T>(parsed: ParsedFile<T>) => (problems.push(...parsed.problems), parsed);
  const at: Report = (parsed, path, message) => problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldPath(path), message });

  const sourcesFile = take(parseYamlFile(files.sources, sourcesFileSchema));
  const sources = checkSources(sourcesFile, files, at);
  const positionsFile = take(parseYamlFile(files.positions, positionsFileSchema));
  const positions = listed(positionsFile, validEntries(positionsFile, positionSchema), "slug", "position", at, ["label", "shortLabel", "order"]);
  const categoriesFile = take(parseYamlFile(files.categories, categoriesFileSchema));
  const categories = listed(categoriesFile, validEntries(categoriesFile, categorySchema), "slug", "category", at, ["title", "order"]);
  const issueFiles = files.issues.map((f) => take(parseYamlFile(f, issueSchema)));
  const timelineFile = take(parseYamlFile(files.timeline, timelineFileSchema));

  const resolve = (parsed: ParsedFile<unknown>, path: PropertyKey[], c: Citation): ResolvedCitation | null => {
    const source = refer(sources, c.source, "source", (m) => at(parsed, [...path, "source"], m));
    if (!source) return null;
    const match = findQuote(source.text, c);
    if (match.ok) return { ...c, id: passageKey({ source: c.source, start: match.start, end: match.end }), start: match.start, end: match.end };
    at(parsed, [...path, match.reason === "context" ? match.selector : "quote"], quoteProblem(c, match, `${files.sourceDir}/${source.file}`));
    return null;
  };

  const slugs = issueNames(files.issues, issueFiles, at);
  const issues: ResolvedIssue[] = [];
  for (const parsed of issueFiles) {
    const issue = parsed.value;
    if (!issue) continue;
    refer(categories, issue.category, "category", (m) => at(parsed, ["category"], m));
    const cells: Record<string, ResolvedCell> = {};
    issue.cells.forEach((cell, ci) => {
      const report = (m: string) => at(parsed, ["cells", ci, "position"], m);
      if (!refer(positions, cell.position, "position", report)) return;
      if (cells[cell.position]) return report(`a second cell for position ${show(cell.position)}: each issue has at most one cell per position`);
      const citations = cell.citations
        .map((c, k) => resolve(parsed, ["cells", ci, "citations", k], c))
        .filter((c): c is ResolvedCitation => c !== null);
      const strength = cellStrength(cell, citations, (id) => sources.valid.get(id));
      cells[cell.position] = { ...cell, issue: issue.slug, citations, explicit: true, strength };
    });
    for (const [slug, position] of positions.valid)
      if (position.complete && !cells[slug])
        at(parsed, ["cells"], `no cell for position ${show(slug)}, which ${files.positions.path} marks complete: add one (stance "not-addressed" if the sources are silent)`);
    for (const slug of positions.valid.keys())
      cells[slug] ??= { issue: issue.slug, position: slug, stance: "not-addressed", summary: SILENT_SUMMARY, citations: [], explicit: false, strength: NOT_STATED };
    issues.push({ ...issue, cells });
  }

  const timeline = validEntries(timelineFile, eventSchema);
  listed(timelineFile, timeline, "id", "event", at, []);
  const events = timeline.map(([i, e]) => {
    e.issues.forEach((slug, k) => {
      const report = (m: string) => at(timelineFile, [i, "issues", k], m);
      const former = slugs.aliases.get(slug);
      if (former) report(`${show(slug)} is a former slug of ${show(former)}: use "${former}"`);
      else refer(slugs, slug, "issue", (m) => report(`${m} (issues are named by the slugs of the files in data/issues/)`));
    });
    const citations = e.citations
      .map((c, k) => resolve(timelineFile, [i, "citations", k], c))
      .filter((c): c is ResolvedCitation => c !== null);
    return { ...e, citations };
  });

  problems.push(...checkMethod({ sources: sources.valid, positions: positions.valid, sourcesFile, positionsFile, timelineFile, issueFiles, sourceDir: files.sourceDir }));
  if (problems.length > 0) throw new DataError(problems);

  const categoryOrder = (slug: string) => categories.valid.get(slug)?.order ?? 0;
  return {
    sources: [...sources.valid.values()],
    positions: [...positions.valid.values()].sort((a, b) => a.order - b.order),
    categories: [...categories.valid.values()].sort((a, b) => a.order - b.order),
    issues: issues.sort(
      (a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.title.localeCompare(b.title),
    ),
    events: events.sort((a, b) => a.date.localeCompare(b.date)),
  };
}

