/** One line for `npm run check:data`: the latest release, and whether the data has changed since. Server-only. */
import { existsSync } from "node:fs";
import path from "node:path";
import { isMap, isNode, LineCounter, parseDocument } from "yaml";
import { DATA_DIR, readTextFile } from "../load/load";
import { DataError, type DataProblem } from "../load/problems";
import type { Dataset } from "../data/schema";
import { buildReleases } from "./build";
import { changeCount, unreleasedChanges } from "./history";
import { readReleaseFiles, RELEASE_LOG } from "./load";
import type { Release } from "./schema";
import { snapshotOf } from "./snapshot";

export function releaseStatus(data: Dataset, dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): string {
  const releases = buildReleases(readReleaseFiles(dataDir));
  const latest = releases.at(-1);
  if (!latest) return "Releases: none yet (npm run release -- --note \"…\" records the first).";
  const citation = path.join(dataDir, "..", "CITATION.cff");
  if (existsSync(citation)) {
    const problems = citationProblems(readTextFile(citation, path.relative(process.cwd(), citation) || citation), latest);
    if (problems.length > 0) throw new DataError(problems);
  }
  const n = changeCount(unreleasedChanges(releases, snapshotOf(data)));
  const since = n === 0 ? "the data is exactly that release" : `${n} change${n === 1 ? "" : "s"} since, not yet released (npm run release -- --note "…")`;
  return `Releases: ${releases.length}, the latest ${latest.version} of ${latest.date}; ${since}.`;
}

/** Where CITATION.cff (beside data/) names another version or date than the latest release: it must cite what is published. */
export function citationProblems(file: { path: string; text: string; unreadable?: DataProblem }, latest: Release): DataProblem[] {
  if (file.unreadable) return [file.unreadable];
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines });
  if (!isMap(doc.contents)) return [{ file: file.path, line: 1, field: "", message: "not a YAML mapping: restore CITATION.cff from git" }];
  return (["version", "date-released"] as const).flatMap((field) => {
    const want = field === "version" ? latest.version : latest.date;
    const got = doc.get(field);
    if (String(got) === want) return [];
    const node = doc.get(field, true);
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1;
    return [{ file: file.path, line, field, message: `${JSON.stringify(String(got ?? ""))}, but the latest release in data/${RELEASE_LOG} is ${latest.version} of ${latest.date}: run npm run release again to finish an interrupted release, or restore CITATION.cff from git` }];
  });
}
