/** Reads data/ from disk and builds the Dataset once per process. Server-only. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildDataset, type DataFiles } from "./build";
import type { Dataset } from "./schema";

export const DATA_DIR = path.join(process.cwd(), "data");

export function readDataFiles(dataDir: string = DATA_DIR): DataFiles {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const file = (...parts: string[]) => {
    const full = path.join(/*turbopackIgnore: true*/ dataDir, ...parts);
    return { path: rel(full), text: readFileSync(/*turbopackIgnore: true*/ full, "utf8") };
  };
  const issueDir = path.join(/*turbopackIgnore: true*/ dataDir, "issues");
  const sourceDir = path.join(/*turbopackIgnore: true*/ dataDir, "sources");
  const sourceTexts: Record<string, string> = {};
  for (const name of readdirSync(sourceDir)) sourceTexts[name] = readFileSync(path.join(/*turbopackIgnore: true*/ sourceDir, name), "utf8");
  return {
    sources: file("sources.yaml"),
    positions: file("positions.yaml"),
    categories: file("categories.yaml"),
    timeline: file("timeline.yaml"),
    issues: readdirSync(issueDir)
      .filter((n) => n.endsWith(".yaml"))
      .sort()
      .map((n) => file("issues", n)),
    sourceTexts,
    sourceDir: rel(sourceDir),
  };
}

const loaded = new Map<string, Dataset>();

/** The validated dataset; throws a DataError naming file, line and field on bad data. */
export function loadDataset(dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): Dataset {
  let data = loaded.get(dataDir);
  if (!data) loaded.set(dataDir, (data = buildDataset(readDataFiles(dataDir))));
  return data;
}
