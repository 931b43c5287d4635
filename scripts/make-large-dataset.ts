/**
 * Writes a synthetic data folder for benchmarks and hostile-input tests, never into data/.
 *   tsx scripts/make-large-dataset.ts [out-dir] [--issues 1000] [--positions 12] [--seed 1] [--hostile]
 * Then: tsx scripts/variant/build.ts <name> <out-dir> builds it into .next-variants/<name>.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../lib/data/load";
import { generateDataset } from "../lib/data/synthetic";

export function writeDataset(outDir: string, options: Parameters<typeof generateDataset>[0]): number {
  const out = path.resolve(outDir);
  const inside = (dir: string) => out === dir || out.startsWith(dir + path.sep);
  if (inside(path.resolve(DATA_DIR)) || path.resolve(DATA_DIR).startsWith(out + path.sep))
    throw new Error(`refusing to write synthetic data into or over ${DATA_DIR}: choose a folder outside it`);
  const files = generateDataset(options);
  // Only changed files are written, so a build of unchanged data is seen as up to date.
  for (const name of listFiles(out)) if (!files.has(name)) rmSync(path.join(out, name));
  for (const [name, text] of files) {
    const file = path.join(out, name);
    if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.size;
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
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
  const count = writeDataset(outDir, options);
  console.log(`${count} files: ${options.issues} issues x ${options.positions} positions${options.hostile ? " (hostile)" : ""} in ${outDir}`);
}
