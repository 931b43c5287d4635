/** readReleaseFiles on damaged copies of data/: every fault named by file, never a crash. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../load/load";
import { DataError } from "../load/problems";
import { buildReleases } from "./build";
import { readReleaseFiles } from "./load";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function problems(damage: (dir: string) => void): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "release-files-"));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  damage(dir);
  try {
    buildReleases(readReleaseFiles(dir));
    return [];
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return e.problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.message}`);
  }
}

const first = buildReleases(readReleaseFiles(DATA_DIR))[0]!.version;

describe("readReleaseFiles", () => {
  it("names a folder where a snapshot should be", () => {
    expect(problems((d) => mkdirSync(path.join(d, "releases", "2099.01.1.json")))).toEqual([expect.stringMatching(/^2099\.01\.1\.json:1 this is a folder .*where a file should be/)]);
  });

  it("names a folder where the release log should be", () => {
    const found = problems((d) => {
      rmSync(path.join(d, "releases.yaml"));
      mkdirSync(path.join(d, "releases.yaml"));
    });
    expect(found[0]).toMatch(/^releases\.yaml:1 this is a folder .*where a file should be/);
  });

  it("refuses a snapshot with a byte that is not UTF-8, at its line", () => {
    const found = problems((d) => {
      const file = path.join(d, "releases", `${first}.json`);
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('"version"'));
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at + 1), Buffer.from([0xe9]), bytes.subarray(at + 1)]));
    });
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${first.replaceAll(".", "\\.")}\\.json:2 not UTF-8: byte 0xE9`))]);
  });

  it("refuses a snapshot that is a symbolic link", () => {
    const found = problems((d) => {
      const file = path.join(d, "releases", `${first}.json`);
      cpSync(file, path.join(d, "elsewhere.json"));
      rmSync(file);
      symlinkSync(path.join(d, "elsewhere.json"), file);
    });
    expect(found).toEqual([expect.stringContaining("a symbolic link where a file should be")]);
  });
});
