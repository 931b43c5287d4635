import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../lib/load/load";
import { loadPublication } from "../lib/release/load";
import { writeReleases } from "./make-releases";

const dir = path.join(mkdtempSync(path.join(tmpdir(), "pm-releases-")), "data");
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe("writeReleases", () => {
  it("adds releases up to the count, each changing one cell, and leaves the data as the last release", () => {
    const real = loadPublication(DATA_DIR).releases.length;
    expect(writeReleases(dir, real + 4)).toBe(real + 4);
    const { history, edition } = loadPublication(dir);
    expect(history).toHaveLength(real + 4);
    for (const entry of history.slice(real)) expect(entry.changes?.cells).toHaveLength(1);
    expect(edition.unreleased).toBe(0);
    // Copies and loads the whole data set several times: seconds on a busy machine.
  }, 60_000);

  it("refuses to write into data/", () => {
    expect(() => writeReleases(path.join(DATA_DIR, "x"), 1)).toThrow(/refusing/);
  });
});
