/** `npm run release` on a copy of data/: it refuses when nothing changed or the data does not check, and records a change. */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DATA_DIR, loadDataset } from "../lib/load/load";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "release-"));
  cpSync(DATA_DIR, path.join(dir, "data"), { recursive: true });
  cpSync(path.join(ROOT, "CITATION.cff"), path.join(dir, "CITATION.cff"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function release(...args: string[]) {
  const env = { ...process.env };
  delete env.POSITIONS_DATA_DIR;
  try {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, "scripts", "release.ts"), ...args], { cwd: dir, env });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const releasesIn = () => parse(readFileSync(path.join(dir, "data", "releases.yaml"), "utf8")) as { version: string; date: string }[];
const data = loadDataset();
const recorded = parse(readFileSync(path.join(DATA_DIR, "releases.yaml"), "utf8")) as { version: string; date: string }[];

/**
 * The copy brought to a released state: the repository's data may hold changes not yet released
 * (the pages say so), and these tests start from data that equals its latest release.
 */
async function released(): Promise<{ version: string; date: string }> {
  const { code, output } = await release("--note", "Test baseline.", "--date", recorded.at(-1)!.date);
  if (code !== 0 && !output.includes("nothing changed since")) throw new Error(output);
  return releasesIn().at(-1)!;
}

describe("npm run release", () => {
  it("refuses when nothing changed since the latest release, and writes nothing", async () => {
    const last = await released();
    const before = readFileSync(path.join(dir, "data", "releases.yaml"), "utf8");
    const { code, output } = await release("--note", "Nothing new.", "--date", last.date);
    expect(code).toBe(1);
    expect(output).toContain(`nothing changed since ${last.version}`);
    expect(readFileSync(path.join(dir, "data", "releases.yaml"), "utf8")).toBe(before);
  }, 60_000);

  it("refuses data that does not check, naming the file", async () => {
    const issue = data.issues[0]!;
    const file = path.join(dir, "data", "issues", `${issue.slug}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^category: .*$/m, "category: no-such-category"));
    const { code, output } = await release("--note", "Broken.", "--date", recorded.at(-1)!.date);
    expect(code).toBe(1);
    expect(output).toContain("the data does not check");
    expect(output).toContain(`issues/${issue.slug}.yaml`);
    expect(releasesIn()).toHaveLength(recorded.length);
  }, 60_000);

  it("records a changed stance as the next version: snapshot, log entry and CITATION.cff", async () => {
    const last = await released();
    const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.explicit && c.stance === "rejects"))!;
    const file = path.join(dir, "data", "issues", `${issue.slug}.yaml`);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("stance: rejects", "stance: ambiguous"));
    const date = `${last.date.slice(0, 7)}-28`;
    const { code, output } = await release("--note", "Re-reviewed one cell.", "--date", date);
    expect(code, output).toBe(0);
    const [y, m, n] = last.version.split(".");
    const version = `${y}.${m}.${Number(n) + 1}`;
    expect(output).toContain(`Released ${version} (${date})`);
    expect(output).toContain(`${issue.title} × `);
    expect(output).toContain("Rejects → Ambiguous");
    expect(releasesIn().at(-1)).toEqual({ version, date, note: "Re-reviewed one cell." });
    expect(existsSync(path.join(dir, "data", "releases", `${version}.json`))).toBe(true);
    expect(parse(readFileSync(path.join(dir, "CITATION.cff"), "utf8"))).toMatchObject({ version, "date-released": date });

    const again = await release("--note", "Twice.", "--date", date);
    expect(again.code).toBe(1);
    expect(again.output).toContain(`nothing changed since ${version}`);
  }, 90_000);
});
