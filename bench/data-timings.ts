/**
 * Times, in a fresh process, validating a data folder (read + buildDataset) and writing each
 * export the app has (every app/export/**\/route.ts, its GET called directly once the dataset is
 * loaded). Prints one JSON line. Usage: tsx bench/data-timings.ts <data-dir>
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildDataset } from "../lib/load/build";
import { loadDataset, readDataFiles } from "../lib/load/load";
import { ROOT } from "../scripts/variant/processes";

export type ExportTiming = { route: string; ms: number; bytes: number; status: number } | { route: string; error: string };
export type DataTimings = { readMs: number; validateMs: number; exports: ExportTiming[] };

function routeFiles(dir: string): string[] {
  let found: string[] = [];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) found = found.concat(routeFiles(full));
      else if (/^route\.tsx?$/.test(entry.name)) found.push(full);
    }
  } catch {
    // No such folder: no exports built yet.
  }
  return found.sort();
}

async function timeExport(file: string): Promise<ExportTiming> {
  const route = "/" + path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/");
  try {
    const mod = (await import(pathToFileURL(file).href)) as { GET?: (req: Request) => Response | Promise<Response> };
    if (!mod.GET) return { route, error: "no GET handler" };
    const started = performance.now();
    const response = await mod.GET(new Request(`http://127.0.0.1${route}`));
    const body = await response.arrayBuffer();
    return { route, ms: performance.now() - started, bytes: body.byteLength, status: response.status };
  } catch (e) {
    return { route, error: String(e).split("\n")[0]! };
  }
}

async function main(dataDir: string) {
  process.env.POSITIONS_DATA_DIR = dataDir;
  let t = performance.now();
  const files = readDataFiles(dataDir);
  const readMs = performance.now() - t;
  t = performance.now();
  buildDataset(files);
  const validateMs = performance.now() - t;
  loadDataset(dataDir); // the routes below find it loaded: their time is the export's own
  const exports: ExportTiming[] = [];
  for (const file of routeFiles(path.join(ROOT, "app", "export"))) exports.push(await timeExport(file));
  const result: DataTimings = { readMs, validateMs, exports };
  console.log(JSON.stringify(result));
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main(path.resolve(process.argv[2] ?? "data"));
