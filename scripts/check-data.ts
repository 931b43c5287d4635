/** Validates data/ and prints a summary; exits 1 with the problems on bad data. */
import { DataError } from "../lib/data/problems";
import { loadDataset } from "../lib/data/load";
import { summarize } from "../lib/data/coverage";
import { releaseStatus } from "../lib/release/status";

try {
  const data = loadDataset(process.argv[2]);
  console.log(summarize(data));
  console.log(releaseStatus(data, process.argv[2]));
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
