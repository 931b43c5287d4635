/**
 * The dev-only citation form's work (app/dev/code-cell/route.ts): writes a citation into an
 * issue file's cell, or starts a new issue, through the yaml document API with the file's
 * comments and formatting kept. The edit is checked first, in memory, and written only when
 * the data check finds no new problem; the problems name the method's rule they break.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isSeq } from "yaml";
import type { DataFiles } from "../load/build";
import type { z } from "zod";
import { citationSchema, issueSchema, type Citation } from "../data/schema";
import { SILENT_SUMMARY, type Stance } from "../data/vocab";
import { addedProblems } from "./check";
import { appendItem, appendPair, applyEdits, parseForEdit, replaceValue, yamlBlock, type Edit } from "./splice";
import { ruleOf } from "./rules";
import type { FormProblem, newIssueSchema } from "./form";

export type CellCitation = { issue: string; position: string; citation: Citation; stance?: Stance; summary?: string };
export type NewIssue = z.infer<typeof newIssueSchema>;
export type Problem = FormProblem;
export type WriteResult = { written: true; file: string; problems: Problem[] } | { written: false; problems: Problem[] };

const refused = (message: string, field = ""): WriteResult => ({ written: false, problems: [{ file: "", line: 0, field, message, rule: "The form" }] });

export function addCitation(dataDir: string, request: CellCitation): WriteResult {
  const citation = citationSchema.safeParse(request.citation);
  if (!citation.success) return refused(citation.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), "citation");
  const file = path.join(dataDir, "issues", `${request.issue}.yaml`);
  if (!/^[a-z0-9-]+$/.test(request.issue) || !existsSync(file)) return refused(`There is no issue "${request.issue}": start it first.`, "issue");
  const text = readFileSync(file, "utf8");
  const doc = parseForEdit(text);
  const cells = doc.get("cells", true);
  if (!isSeq(cells)) return refused(`${file} has no block list of cells to add to.`);
  const cell = cells.items.find((c) => isMap(c) && c.get("position") === request.position);
  const edits: Edit[] = [];
  if (!isMap(cell)) {
    if (!request.stance || !request.summary) return refused("This position has no cell on the issue yet: give it a stance and a summary.", "stance");
    if (cells.flow || cells.items.length === 0) return refused(`${file}: its cells are not a block list; write them one per line first.`);
    edits.push(appendItem(text, cells, { position: request.position, stance: request.stance, summary: request.summary, citations: [citation.data] }));
  } else {
    if (cell.get("stance") === "not-addressed" && (!request.stance || request.stance === "not-addressed"))
      return refused("This cell says the sources are silent: choose the stance the passage supports, and write its summary.", "stance");
    if (cell.get("summary") === SILENT_SUMMARY && !request.summary) return refused("Write the cell's summary: it still says the sources are silent.", "summary");
    const list = cell.get("citations", true);
    const block = isSeq(list) && list.items.length > 0 && !list.flow;
    if (list !== undefined && !block) return refused(`${file}: the cell's citations are not a block list; write them one per line first.`);
    if (request.stance) edits.push(replaceValue(cell, "stance", request.stance));
    if (request.summary) edits.push(replaceValue(cell, "summary", request.summary));
    edits.push(block ? appendItem(text, list, citation.data) : appendPair(text, cell, "citations", [citation.data]));
  }
  return writeChecked(dataDir, file, applyEdits(text, edits));
}

export function startIssue(dataDir: string, request: NewIssue, completePositions: readonly string[]): WriteResult {
  const file = path.join(dataDir, "issues", `${request.slug}.yaml`);
  const cells = completePositions.map((position) => ({ position, stance: "not-addressed", summary: SILENT_SUMMARY }));
  const issue = issueSchema.safeParse({ ...request, cells });
  if (!issue.success) return refused(issue.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  if (existsSync(file)) return refused(`The issue "${request.slug}" exists already.`, "slug");
  const text = [
    `# ${request.title}: started from the source reader. Each cell is a position's stance on the proposition, with`,
    "# its summary and the passages that carry it; a cell the sources are silent on says so.",
    yamlBlock({ ...request, cells }),
  ].join("\n");
  return writeChecked(dataDir, file, text);
}

function writeChecked(dataDir: string, file: string, text: string): WriteResult {
  const rel = path.relative(process.cwd(), file) || file;
  const { before, added } = addedProblems(dataDir, (files): DataFiles => {
    const others = files.issues.filter((f) => f.path !== rel);
    return { ...files, issues: [...others, { path: rel, text }].sort((a, b) => a.path.localeCompare(b.path)) };
  });
  if (added.length > 0) return { written: false, problems: added.map((p) => ({ ...p, rule: ruleOf(p) })) };
  writeFileSync(file, text);
  return { written: true, file: rel.startsWith("..") ? file : rel, problems: before.map((p) => ({ ...p, rule: ruleOf(p) })) };
}
