/**
 * The data check run on a folder as it would be after an edit, before anything is written: an
 * edit that would add a problem is refused, and the data on disk never breaks. Server-only.
 */
import { buildDataset, type DataFiles } from "../load/build";
import { readDataFiles } from "../load/load";
import { DataError, formatProblem, type DataProblem } from "../load/problems";
import type { Dataset } from "../data/schema";

export type CheckResult = { data: Dataset; problems: [] } | { data: null; problems: DataProblem[] };

export function checkFiles(files: DataFiles): CheckResult {
  try {
    return { data: buildDataset(files), problems: [] };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { data: null, problems: e.problems };
  }
}

/** The problems an edit adds: those of `after` that `before` (the folder as it is) does not have. */
export function addedProblems(dataDir: string, edit: (files: DataFiles) => DataFiles): { before: DataProblem[]; added: DataProblem[] } {
  const files = readDataFiles(dataDir);
  const before = checkFiles(files).problems;
  // Lines move with an edit: a problem is the same one when all but its line is.
  const key = (p: DataProblem) => formatProblem({ ...p, line: 0 });
  const known = new Set(before.map(key));
  return { before, added: checkFiles(edit(files)).problems.filter((p) => !known.has(key(p))) };
}
