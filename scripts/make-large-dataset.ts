/**
 * Writes a synthetic data folder for benchmarks and hostile-input tests, never into data/.
 *   tsx scripts/make-large-dataset.ts [out-dir] [--issues 1000] [--positions 12] [--seed 1] [--hostile]
 * Then: tsx scripts/variant/build.ts <name> <out-dir> builds it into .next-variants/<name>.
 *
 * It writes only into a folder that is new, empty, or one it wrote before (it leaves a list of
 * its files there, MARKER). Anything else in the folder is never deleted or overwritten: the
 * script refuses, exit 1, and says why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../lib/load/load";
import { generateDataset } from "./synthetic";

export const MARKER = ".synthetic-dataset.json";

/** A folder the script will not write into, with the reason said for people. */
export class FolderRefused extends Error {}

export function writeDataset(outDir: string, options: Parameters<typeof generateDataset>[0]): number {
  const out = path.resolve(outDir);
  const data = path.resolve(DATA_DIR);
  if (out === data || out.startsWith(data + path.sep) || data.startsWith(out + path.sep))
    throw new FolderRefused(`refusing to write synthetic data into or over ${DATA_DIR}: choose a folder outside it`);
  const ours = filesWrittenBefore(outDir, out);
  const files = generateDataset(options);
  for (const name of ours) if (!files.has(name)) rmSync(path.join(out, name), { force: true });
  // The list goes first, so a run cut short still leaves a folder the next run may clean up.
  writeChanged(path.join(out, MARKER), JSON.stringify({ writtenBy: "scripts/make-large-dataset.ts", files: [...files.keys()].sort() }, null, 1) + "\n");
  for (const [name, text] of files) writeChanged(path.join(out, name), text);
  return files.size;
}

/** Writes only a file that changed, so a build of unchanged data is seen as up to date. */
function writeChanged(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The files a previous run left in `out`; refuses a folder holding anything else. */
function filesWrittenBefore(shown: string, out: string): Set<string> {
  if (!existsSync(out)) return new Set();
  if (!statSync(out).isDirectory()) throw new FolderRefused(`${shown} is a file, not a folder: choose a new or empty folder`);
  const present = listFiles(out);
  if (present.length === 0) return new Set();
  let listed: string[] | null = null;
  try {
    const marker = JSON.parse(readFileSync(path.join(out, MARKER), "utf8")) as { files?: unknown };
    if (Array.isArray(marker.files)) listed = marker.files.filter((f): f is string => typeof f === "string");
  } catch {
    listed = null;
  }
  if (listed === null)
    throw new FolderRefused(
      `${shown} is not empty, and this script did not write it (there is no ${MARKER} in it): ` +
        "it writes only into a new or empty folder, or one it wrote before. Choose another folder, or empty this one yourself.",
    );
  const ours = new Set(listed);
  const foreign = present.filter((name) => name !== MARKER && !ours.has(name));
  if (foreign.length > 0) {
    const some = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : "");
    throw new FolderRefused(`${shown} holds files this script did not write (${some}): it never deletes or overwrites them. Move them out, or choose another folder.`);
  }
  return ours;
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      issues: { type: "string", default: "1000" },
      positions: { type: "string", default: "12" },
      seed: { type: "string", default: "1" },
      hostile: { type: "boolean", default: false },
    },
  });
  const outDir = positionals[0] ?? path.join(tmpdir(), values.hostile ? "positions-hostile" : "positions-large");
  const options = { issues: Number(values.issues), positions: Number(values.positions), seed: Number(values.seed), hostile: values.hostile };
  try {
    const count = writeDataset(outDir, options);
    console.log(`${count} files: ${options.issues} issues x ${options.positions} positions${options.hostile ? " (hostile)" : ""} in ${outDir}`);
  } catch (e) {
    if (!(e instanceof FolderRefused)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
