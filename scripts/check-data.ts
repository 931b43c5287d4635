/** Validates data/ and prints a summary; exits 1 with the problems on bad data. */
import { DataError } from "../lib/data-problem";
import { loadDataset } from "../lib/load-data";
import { summarize } from "../lib/summary";

try {
  const data = loadDataset(process.argv[2]);
  console.log(summarize(data));
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
