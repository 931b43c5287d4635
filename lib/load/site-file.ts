/** Reads and checks a data folder's site.yaml. Server-only (build time and scripts). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./problems";
import { SITE_FILE, siteSchema, type Site } from "../data/site";
import { parseYamlFile } from "./yaml-file";

export function readSite(dataDir: string): Site {
  const full = path.join(/*turbopackIgnore: true*/ dataDir, SITE_FILE);
  const file = path.relative(process.cwd(), full) || full;
  let text: string;
  try {
    text = readFileSync(/*turbopackIgnore: true*/ full, "utf8");
  } catch {
    throw new DataError([{ file, line: 1, field: "", message: "the file is missing: it names the site, what its matrix is about and its licence (npm run new-matrix writes one to copy)" }]);
  }
  const parsed = parseYamlFile({ path: file, text }, siteSchema);
  if (!parsed.value) throw new DataError(parsed.problems);
  return parsed.value;
}

/** The site as the environment carries it to the pages (next.config.ts) and to scripts. */
export const siteEnv = (dataDir: string) => JSON.stringify(readSite(dataDir));
