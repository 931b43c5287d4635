/** The data check as `npm run check:data` prints it, for the scripts that end by running it. */
import { DATA_DIR, readDataFiles } from "../lib/load/load";
import { summarize } from "../lib/data/coverage";
import { checkFiles } from "../lib/corpus/check";
import { readSite } from "../lib/load/site-file";
import { DataError } from "../lib/load/problems";

/** Prints the summary or the problems; returns the exit code. Reads the files afresh, never a cached dataset. */
export function runDataCheck(dataDir: string = process.env.POSITIONS_DATA_DIR ?? DATA_DIR): number {
  const result = checkFiles(readDataFiles(dataDir));
  if (!result.data) {
    console.error(new DataError(result.problems).message);
    return 1;
  }
  try {
    readSite(dataDir);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    console.error(e.message);
    return 1;
  }
  console.log(summarize(result.data));
  return 0;
}
