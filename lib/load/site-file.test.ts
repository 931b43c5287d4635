import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataError } from "./problems";
import { readSite } from "./site-file";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const folderWith = (text: string | null) => {
  dir = mkdtempSync(path.join(os.tmpdir(), "site-"));
  if (text !== null) writeFileSync(path.join(dir, "site.yaml"), text);
  return dir;
};
const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
};

describe("readSite", () => {
  it("reads the real data's identity, which names its scope", () => {
    expect(readSite("data").scope).toMatch(/\w/);
    expect(readSite("data").licence.url).toMatch(/^https:/);
  });

  it("names the file, line and field of a missing or malformed value", () => {
    const problems = problemsOf(() => readSite(folderWith("name: X\ntitle: T\ndescription: D\nscope: s\ncompiler: C\nlicence:\n  id: CC-BY-4.0\n  name: n\n  title: t\n  url: not a url\n")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 10, field: "licence.url" });
  });

  it("says what the file is for when it is missing", () => {
    const [problem] = problemsOf(() => readSite(folderWith(null)));
    expect(problem?.message).toMatch(/missing.*new-matrix/);
  });
});
