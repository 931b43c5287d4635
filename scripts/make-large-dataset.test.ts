import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FolderRefused, MARKER, writeDataset } from "./make-large-dataset";

const ROOT = path.resolve(import.meta.dirname, "..");
const SMALL = { issues: 6, positions: 3, seed: 2 };

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "make-large-dataset-"));
  dirs.push(dir);
  return dir;
};

/** Runs the script as a person would, with its exit code and output. */
function runScript(...args: string[]) {
  const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/make-large-dataset.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe("make-large-dataset", () => {
  it("writes into a new folder, and again into the same folder without touching a file, its list included", () => {
    const out = path.join(scratch(), "new");
    expect(writeDataset(out, SMALL)).toBeGreaterThan(6);
    // A build of the folder is reused while nothing in it is newer, so nothing may be rewritten.
    const times = () => [MARKER, "positions.yaml", "issues/synthetic-issue-1.yaml"].map((f) => statSync(path.join(out, f)).mtimeMs);
    const before = times();
    writeDataset(out, SMALL);
    expect(times()).toEqual(before);
    expect(JSON.parse(readFileSync(path.join(out, MARKER), "utf8")).files).toContain("positions.yaml");
  });

  it("writes into an empty folder", () => {
    const out = scratch();
    writeDataset(out, SMALL);
    expect(readdirSync(path.join(out, "issues"))).toHaveLength(6);
  });

  it("removes the files of its own that a smaller data set no longer has", () => {
    const out = scratch();
    writeDataset(out, SMALL);
    writeDataset(out, { ...SMALL, issues: 4 });
    expect(readdirSync(path.join(out, "issues"))).toHaveLength(4);
  });

  it("refuses a folder with files it did not write, exits 1, says why, and leaves every file there", () => {
    const out = scratch();
    mkdirSync(path.join(out, "issues"));
    writeFileSync(path.join(out, "notes.txt"), "mine\n");
    writeFileSync(path.join(out, "issues", "crimea.yaml"), "slug: crimea\n");
    expect(() => writeDataset(out, SMALL)).toThrow(FolderRefused);
    const { code, output } = runScript(out, "--issues", "4", "--positions", "3");
    expect(code).toBe(1);
    expect(output).toContain(`${out} is not empty, and this script did not write it`);
    expect(output).toContain("Choose another folder");
    expect(readFileSync(path.join(out, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readdirSync(out).sort()).toEqual(["issues", "notes.txt"]);
    expect(readdirSync(path.join(out, "issues"))).toEqual(["crimea.yaml"]);
  }, 60_000);

  it("refuses a folder it wrote once a person has added a file, and keeps that file", () => {
    const out = scratch();
    writeDataset(out, SMALL);
    writeFileSync(path.join(out, "issues", "my-issue.yaml"), "slug: my-issue\n");
    expect(() => writeDataset(out, { ...SMALL, issues: 4 })).toThrow(/holds files this script did not write \(issues\/my-issue\.yaml\)/);
    expect(existsSync(path.join(out, "issues", "my-issue.yaml"))).toBe(true);
    expect(readdirSync(path.join(out, "issues"))).toHaveLength(7);
  });

  it("refuses data/ and the folders that hold it", () => {
    expect(() => writeDataset(path.join(ROOT, "data"), SMALL)).toThrow(/refusing to write synthetic data into or over/);
    expect(() => writeDataset(ROOT, SMALL)).toThrow(FolderRefused);
  });
});
