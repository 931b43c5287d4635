/**
 * `npm run release -- --note "…" [--date YYYY-MM-DD]`: records the data as it is now as a new
 * release. Refuses when the data does not check or when nothing changed since the last release.
 */
import "./site-env";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR, loadDataset } from "../lib/load/load";
import { DataError } from "../lib/load/problems";
import { localIsoDate } from "../lib/export/csv";
import { buildReleases } from "../lib/release/build";
import { diffLines } from "../lib/release/describe";
import { readReleaseFiles, RELEASE_LOG, SNAPSHOT_DIR } from "../lib/release/load";
import { planRelease } from "../lib/release/record";

const CITATION_FILE = "CITATION.cff";

function refuse(message: string): never {
  console.error(`Not released: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { note: { type: "string" }, date: { type: "string" } } });
const dataDir = process.env.POSITIONS_DATA_DIR ?? DATA_DIR;

let data, releases;
try {
  data = loadDataset(dataDir);
  releases = buildReleases(readReleaseFiles(dataDir));
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  refuse(`the data does not check. Fix it, then release.\n${e.message}`);
}

const logPath = path.join(dataDir, RELEASE_LOG);
const citationPath = path.join(process.cwd(), CITATION_FILE);
const plan = planRelease({
  data,
  releases,
  note: values.note ?? "",
  date: values.date ?? localIsoDate(new Date()),
  logText: existsSync(logPath) ? readFileSync(logPath, "utf8") : null,
  citationText: existsSync(citationPath) ? readFileSync(citationPath, "utf8") : null,
});
if (!plan.ok) refuse(plan.reason);

const snapshotDir = path.join(dataDir, SNAPSHOT_DIR);
mkdirSync(snapshotDir, { recursive: true });
writeFileSync(path.join(snapshotDir, plan.files.snapshot.name), plan.files.snapshot.text);
writeFileSync(logPath, plan.files.log);
if (plan.files.citation !== null) writeFileSync(citationPath, plan.files.citation);

const lines = plan.changes ? diffLines(plan.changes) : [];
console.log(`Released ${plan.release.version} (${plan.release.date}): ${plan.release.note}`);
console.log(plan.changes ? `${lines.length} change${lines.length === 1 ? "" : "s"}:\n${lines.map((l) => `  ${l}`).join("\n")}` : "The first release: nothing to compare with.");
console.log(`Wrote ${path.relative(process.cwd(), logPath)}, ${path.relative(process.cwd(), path.join(snapshotDir, plan.files.snapshot.name))}${plan.files.citation !== null ? ` and ${CITATION_FILE}` : ""}. Commit them together.`);
