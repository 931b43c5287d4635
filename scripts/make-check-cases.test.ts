/** The data check's hard cases, small: each copy of data/ fails or passes the check as the bench expects. */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "../lib/load/build";
import { readDataFiles } from "../lib/load/load";
import { DataError } from "../lib/load/problems";
import { writeBadQuotes, writeBigSource } from "./make-check-cases";

const root = mkdtempSync(path.join(tmpdir(), "check-cases-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function problems(dir: string): string[] {
  try {
    buildDataset(readDataFiles(dir));
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
    throw e;
  }
}

describe("writeBadQuotes", () => {
  it("adds issues that each fail on their one mistyped quote, with the closest passage shown", () => {
    const dir = path.join(root, "bad");
    writeBadQuotes(dir, 12);
    const found = problems(dir);
    expect(found).toHaveLength(12);
    for (const p of found) expect(p).toMatch(/^scale-\d+\.yaml cells\[\d+\]\.citations\[0\]\.quote: quote .* is not found in .*closest passage/s);
  }, 60_000);
});

describe("writeBigSource", () => {
  it("grows a cited source to the size asked, and every quote still checks", () => {
    const dir = path.join(root, "big");
    writeBigSource(dir, 2 * 1024 * 1024);
    const files = readDataFiles(dir);
    const biggest = Math.max(...Object.keys(files.sourceTexts).map((f) => statSync(path.join(dir, "sources", f)).size));
    expect(biggest).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    expect(problems(dir)).toEqual([]);
  }, 60_000);
});
