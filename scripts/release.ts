/**
 * `npm run release -- --note "…" [--date YYYY-MM-DD]`: records the data as it is now as a new
 * release. Refuses when the data does not check, when nothing changed since the last release,
 * when the date is after today, or while another release is running (lib/release/run.ts).
 */
import "./site-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../lib/load/load";
import { localIsoDate } from "../lib/export/csv";
import { runRelease } from "../lib/release/run";

const { values } = parseArgs({ options: { note: { type: "string" }, date: { type: "string" } } });
const today = localIsoDate(new Date());
const outcome = runRelease({
  dataDir: process.env.POSITIONS_DATA_DIR ?? DATA_DIR,
  citationPath: path.join(process.cwd(), "CITATION.cff"),
  note: values.note ?? "",
  date: values.date ?? today,
  today,
});
if (!outcome.ok) {
  console.error(`Not released: ${outcome.reason}`);
  process.exit(1);
}
console.log(outcome.lines.join("\n"));
