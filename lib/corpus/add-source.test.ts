import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../load/load";
import { addSource, idFromFileName, missingFacts, SourceRefused } from "./add-source";
import { copyOfData } from "./fixture.test-data";

let folder: ReturnType<typeof copyOfData>;
beforeEach(() => (folder = copyOfData()));
afterEach(() => folder.remove());

// Bytes a re-encoding would change: a BOM-less UTF-8 text with CRLF line ends, a non-breaking hyphen and no final newline.
const TEXT = "The ministry said the talks would resume\r\nnext week in Geneva, a non\u2011negotiable date.";
const facts = { id: "ministry-statement", title: "Statement on the talks", publisher: "The Ministry", date: "2025-12-01", kind: "news-report" } as const;
const textFile = (name = "statement.txt", text = TEXT) => {
  const file = path.join(folder.dir, "..", name);
  writeFileSync(file, text);
  return file;
};
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceRefused) return e.message;
    throw e;
  }
  throw new Error("not refused");
};

describe("addSource", { timeout: 60_000 }, () => {
  it("copies the text byte for byte, records its SHA-256, and lists it in sources.yaml with the comments kept", () => {
    const yamlBefore = readFileSync(path.join(folder.dir, "sources.yaml"), "utf8");
    const added = addSource(folder.dir, textFile(), facts);
    const copied = readFileSync(path.join(folder.dir, "sources", added.file));
    expect(copied.equals(Buffer.from(TEXT))).toBe(true);
    expect(added.sha256).toBe(createHash("sha256").update(TEXT).digest("hex"));
    const yamlAfter = readFileSync(path.join(folder.dir, "sources.yaml"), "utf8");
    expect(yamlAfter.startsWith(yamlBefore)).toBe(true);
    const source = loadDataset(folder.dir).sources.find((s) => s.id === facts.id);
    expect(source).toMatchObject({ title: facts.title, publisher: facts.publisher, author: null, url: null, sha256: added.sha256, text: TEXT });
  });

  it("refuses a text already in the corpus, naming the source it is", () => {
    addSource(folder.dir, textFile(), facts);
    expect(refusal(() => addSource(folder.dir, textFile("again.md"), { ...facts, id: "another-id" }))).toMatch(/already in the corpus, as "ministry-statement"/);
  });

  it("refuses an id that is taken, and writes nothing", () => {
    const taken = loadDataset(folder.dir).sources[0]!;
    const before = readFileSync(path.join(folder.dir, "sources.yaml"), "utf8");
    expect(refusal(() => addSource(folder.dir, textFile(), { ...facts, id: taken.id }))).toMatch(`The id "${taken.id}" is taken`);
    expect(readFileSync(path.join(folder.dir, "sources.yaml"), "utf8")).toBe(before);
  });

  it("refuses an entry the data check would refuse, with the check's words, before writing", () => {
    const before = readFileSync(path.join(folder.dir, "sources.yaml"), "utf8");
    expect(refusal(() => addSource(folder.dir, textFile(), { ...facts, anonymous: true }))).toMatch(/anonymous: true.*yet the source names "The Ministry"/);
    expect(readFileSync(path.join(folder.dir, "sources.yaml"), "utf8")).toBe(before);
  });

  it("refuses a file that is not plain text or Markdown, and one that is not UTF-8", () => {
    expect(refusal(() => addSource(folder.dir, textFile("page.pdf"), facts))).toMatch(/not plain text.*docs\/maintainers.md/);
    const latin1 = path.join(folder.dir, "..", "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(refusal(() => addSource(folder.dir, latin1, facts))).toMatch(/not UTF-8/);
  });
});

describe("missingFacts", () => {
  it("names every option still needed, and the actors for a party's own statement", () => {
    expect(missingFacts({})).toHaveLength(5);
    expect(missingFacts({ ...facts, kind: "own-statement" })).toEqual([expect.stringMatching(/--statement-of/)]);
    expect(missingFacts({ ...facts, publisher: undefined, anonymous: true })).toEqual([]);
  });
});

describe("idFromFileName", () => {
  it("makes a slug of a file's name", () => {
    expect(idFromFileName("/x/WH Readout (Geneva) 2025.txt")).toBe("wh-readout-geneva-2025");
  });
});
