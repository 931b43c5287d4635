/** Data files in memory for the loader's tests: the texts a test gives, at the paths the loader names. */
import { buildDataset, type DataFiles } from "./build";
import { DataError, type DataProblem } from "./problems";

export type FileTexts = {
  sources: string;
  positions: string;
  categories: string;
  timeline: string;
  /** Issue files by name, without `.yaml`. */
  issues: Record<string, string>;
  /** Source texts by file name, under data/sources. */
  sourceTexts: Record<string, string>;
};

export function dataFiles(t: FileTexts): DataFiles {
  return {
    sources: { path: "data/sources.yaml", text: t.sources },
    positions: { path: "data/positions.yaml", text: t.positions },
    categories: { path: "data/categories.yaml", text: t.categories },
    timeline: { path: "data/timeline.yaml", text: t.timeline },
    issues: Object.entries(t.issues).map(([name, text]) => ({ path: `data/issues/${name}.yaml`, text })),
    sourceTexts: t.sourceTexts,
    sourceDir: "data/sources",
  };
}

/** The problems the loader finds in `f`; none when it accepts the data. */
export function problemsIn(f: DataFiles): DataProblem[] {
  try {
    buildDataset(f);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}
