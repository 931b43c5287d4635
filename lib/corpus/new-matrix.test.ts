import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_DIR, readDataFiles } from "../load/load";
import { readSite } from "../load/site-file";
import { addSource } from "./add-source";
import { checkFiles } from "./check";
import { addCitation } from "./code-cell";
import { FolderRefused, writeNewMatrix } from "./new-matrix";

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), "new-matrix-"))));
afterEach(() => rmSync(root, { recursive: true, force: true }));
const check = (dir: string) => checkFiles(readDataFiles(dir));

describe("writeNewMatrix", { timeout: 60_000 }, () => {
  it("writes a data folder the data check accepts, with a site that names its own negotiation", () => {
    const dir = path.join(root, "matrix");
    writeNewMatrix(dir, DATA_DIR);
    const { data, problems } = check(dir);
    expect(problems).toEqual([]);
    expect(data?.positions).toHaveLength(2);
    expect(data?.categories).toHaveLength(1);
    expect(data?.issues).toHaveLength(1);
    expect(data?.sources).toHaveLength(1);
    expect(JSON.stringify(readSite(dir))).not.toMatch(/Ukrain|Russia/);
    expect(readFileSync(path.join(dir, "positions.yaml"), "utf8")).toMatch(/^# The columns/);
  });

  it("refuses a folder that holds anything, and the real data folder", () => {
    writeFileSync(path.join(root, "keep.txt"), "mine");
    expect(() => writeNewMatrix(root, DATA_DIR)).toThrow(FolderRefused);
    expect(readFileSync(path.join(root, "keep.txt"), "utf8")).toBe("mine");
    expect(() => writeNewMatrix(path.join(DATA_DIR, "new"), DATA_DIR)).toThrow(/inside the real data folder/);
  });

  it("grows the whole way: a new source added, a citation coded from it, and the check still passes", () => {
    const dir = path.join(root, "matrix");
    writeNewMatrix(dir, DATA_DIR);
    const text = path.join(root, "statement.md");
    writeFileSync(text, 'Southland\'s minister said: "Southland rejects an equal share while the dry season lasts."\n');
    addSource(dir, text, { id: "southland-statement", title: "Minister's statement", publisher: "Southland government", date: "2025-03-04", kind: "own-statement", statementOf: ["southland"] });
    const result = addCitation(dir, {
      issue: "water-sharing",
      position: "southland",
      stance: "conditional",
      summary: "Southland rejects an equal share while the dry season lasts.",
      citation: { source: "southland-statement", quote: "Southland rejects an equal share while the dry season lasts.", speaker: "Southland's minister", kind: "own-words" },
    });
    expect(result).toMatchObject({ written: true });
    const { data } = check(dir);
    expect(data?.issues[0]?.cells.southland).toMatchObject({ stance: "conditional", citations: [expect.objectContaining({ source: "southland-statement" })] });
  });
});
