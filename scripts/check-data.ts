/** Validates data/ and prints a summary; exits 1 with the problems on bad data. */
import { DataError } from "../lib/load/problems";
import { loadDataset } from "../lib/load/load";
import { summarize } from "../lib/data/coverage";
import { releaseStatus } from "../lib/release/status";
import { readSite } from "../lib/load/site-file";
import { DATA_DIR } from "../lib/load/load";

try {
  const data = loadDataset(process.argv[2]);
  readSite(process.argv[2] ?? process.env.POSITIONS_DATA_DIR ?? DATA_DIR);
  // Worked out before anything is printed: a problem in the releases must come first, not after "Data OK".
  const status = releaseStatus(data, process.argv[2]);
  console.log(summarize(data));
  console.log(status);
} catch (e) {
  if (!(e instanceof DataError)) {
    console.error("The data checks themselves failed: this is a bug in them, not a problem in the data. Please report it with what follows.");
    throw e;
  }
  console.error(e.message);
  process.exit(1);
}
