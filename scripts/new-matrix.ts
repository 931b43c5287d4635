/**
 * `npm run new-matrix -- <folder>`: writes a small, valid data folder for another negotiation,
 * then checks it. Serve it with POSITIONS_DATA_DIR=<folder> npm start (docs/maintainers.md).
 */
import { DATA_DIR } from "../lib/load/load";
import { FolderRefused, writeNewMatrix } from "../lib/corpus/new-matrix";
import { runDataCheck } from "./data-check-run";

const folder = process.argv[2];
if (!folder || process.argv.length > 3) {
  console.error("Usage: npm run new-matrix -- <folder>   (a new or empty folder, outside data/)");
  process.exit(1);
}
try {
  const files = writeNewMatrix(folder, DATA_DIR);
  console.log(`Wrote ${files.length} files in ${folder}: ${files.join(", ")}.`);
} catch (e) {
  if (!(e instanceof FolderRefused)) throw e;
  console.error(`Nothing written: ${e.message}`);
  process.exit(1);
}
const code = runDataCheck(folder);
if (code === 0) console.log(`\nServe it: POSITIONS_DATA_DIR=${folder} npm start\nReplace the example with your own sources: docs/maintainers.md.`);
process.exit(code);
