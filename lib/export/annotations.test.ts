import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, loadDataset } from "../load/load";
import { annotationCollection, codePointOffset, quoteSelector } from "./annotations";

const data = loadDataset();
const edition = { asOf: "2025-12-04", release: { version: "2026.12.4", date: "2026-12-01" }, unreleased: 0 };
const fileHash = (file: string) => createHash("sha256").update(readFileSync(path.join(DATA_DIR, "sources", file))).digest("hex");
const collection = annotationCollection(data, { siteUrl: "https://example.org/", edition, sha256: (s) => fileHash(s.file) });

describe("annotationCollection", () => {
  it("holds one annotation per citation of every cell and of every timeline entry", () => {
    const cells = data.issues.reduce((n, i) => n + Object.values(i.cells).reduce((m, c) => m + c.citations.length, 0), 0);
    const events = data.events.reduce((n, e) => n + e.citations.length, 0);
    expect(events).toBeGreaterThan(0);
    const citations = cells + events;
    expect(collection.total).toBe(citations);
    expect(collection.first.items).toHaveLength(citations);
    expect(new Set(collection.first.items.map((a) => a.id)).size).toBe(citations);
  });

  it("re-anchors every annotation: the quote selector and the position selector land on the same characters", () => {
    for (const a of collection.first.items) {
      const source = data.sources.find((s) => a.target.source.id.endsWith(`/sources/${s.id}`))!;
      const [quote, position] = a.target.selector;
      // Anchor by the quote alone, as a tool that never saw our offsets would.
      const context = quote.prefix + quote.exact + quote.suffix;
      const at = source.text.indexOf(context);
      expect(at, a.id).toBeGreaterThanOrEqual(0);
      expect(source.text.indexOf(context, at + 1), `${a.id}: the quote selector is ambiguous`).toBe(-1);
      const start = codePointOffset(source.text, at + quote.prefix.length);
      expect({ start, end: start + [...quote.exact].length }).toEqual({ start: position.start, end: position.end });
      expect([...source.text].slice(position.start, position.end).join("")).toBe(quote.exact);
    }
  });

  it("names the source by its SHA-256, as data/sources.yaml records it, and the cell in the body", () => {
    const a = collection.first.items[0]!;
    const source = data.sources.find((s) => a.target.source.id.endsWith(`/sources/${s.id}`))!;
    if (source.sha256) expect(a.target.source.sha256).toBe(source.sha256);
    expect(a.target.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const cell = a.body[1] as Record<string, string>;
    expect(data.issues.find((i) => i.slug === cell.issue)?.cells[cell.position!]?.stance).toBe(cell.stance);
    expect(["own-words", "reporting", "commentary"]).toContain(cell.citationKind);
  });

  it("names the timeline entry a citation dates, with its date and title, in the body", () => {
    for (const event of data.events) {
      const items = collection.first.items.filter((a) => (a.body[1] as { event?: string }).event === event.id);
      expect(items.map((a) => a.target.source.id), event.id).toEqual(event.citations.map((c) => `https://example.org/sources/${c.source}`));
      for (const a of items) {
        expect(a.body[1]).toMatchObject({ source: `https://example.org/timeline#${event.id}` });
        expect(a.body[0]!.value).toContain(event.title);
      }
    }
  });
});

describe("quoteSelector", () => {
  it("widens the prefix and suffix until the passage occurs once", () => {
    // With 32 or 64 characters on each side, the two passages read the same.
    const text = `${"y".repeat(80)}said no.${"y".repeat(80)}said no.${"y".repeat(80)}`;
    const start = text.lastIndexOf("said no.");
    const s = quoteSelector(text, start, start + 8);
    expect(text.split(s.prefix + s.exact + s.suffix)).toHaveLength(2);
    expect(s.prefix.length).toBeGreaterThan(64);
  });
});

describe("codePointOffset", () => {
  it("counts a character outside the BMP once", () => {
    expect(codePointOffset("a😀b", 3)).toBe(2);
    expect(codePointOffset("abc", 2)).toBe(2);
  });
});
