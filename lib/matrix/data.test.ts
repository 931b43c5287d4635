import { describe, expect, it } from "vitest";
import { loadDataset } from "../load/load";
import { toMatrixData } from "./data";

const dataset = loadDataset();
const data = toMatrixData(dataset);

describe("toMatrixData", () => {
  it("keeps every issue and position in the dataset's order", () => {
    expect(data.issues.map((i) => i.slug)).toEqual(dataset.issues.map((i) => i.slug));
    expect(data.positions.map((p) => p.slug)).toEqual(dataset.positions.map((p) => p.slug));
  });

  it("gives every issue a cell for every position with its stance, summary and citations", () => {
    for (const issue of dataset.issues) {
      const out = data.issues.find((i) => i.slug === issue.slug)!;
      for (const p of dataset.positions) {
        const cell = issue.cells[p.slug]!;
        expect(out.cells[p.slug]).toMatchObject({ stance: cell.stance, summary: cell.summary, strength: cell.strength });
        expect(out.cells[p.slug]!.disagreement).toBe(cell.disagreement);
        expect(out.cells[p.slug]!.citations.map((c) => [c.source, c.start, c.end, c.quote])).toEqual(
          cell.citations.map((c) => [c.source, c.start, c.end, c.quote]),
        );
      }
    }
  });

  it("never carries a source's text, and describes every cited source", () => {
    const json = JSON.stringify(data);
    for (const source of dataset.sources) expect(json).not.toContain(source.text.slice(0, 2000));
    const cited = new Set(data.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations.map((q) => q.source))));
    expect(Object.keys(data.sources).sort()).toEqual([...cited].sort());
    for (const s of Object.values(data.sources)) expect(Object.keys(s).sort()).toEqual(["anonymous", "byline", "date", "id", "kind", "title"]);
  });

  it("leaves out the definitions and descriptions, which the matrix never shows", () => {
    const json = JSON.stringify(data);
    for (const issue of dataset.issues) expect(json).not.toContain(JSON.stringify(issue.definition));
    for (const p of dataset.positions) expect(json).not.toContain(JSON.stringify(p.description));
    expect(Object.keys(data.issues[0]!).sort()).toEqual(["category", "cells", "proposition", "slug", "title"]);
    expect(Object.keys(data.categories[0]!).sort()).toEqual(["slug", "title"]);
  });

  it("gives every position its kind, scope and whether a first-time reader sees it", () => {
    expect(data.positions.map(({ slug, kind, scope, default: d }) => ({ slug, kind, scope, default: d }))).toEqual(
      dataset.positions.map(({ slug, kind, scope, default: d }) => ({ slug, kind, scope, default: d })),
    );
    expect(data.positions.some((p) => p.default)).toBe(true);
  });

  it("counts the issues on which each position takes a stance", () => {
    for (const p of data.positions) {
      const stated = data.issues.filter((i) => i.cells[p.slug]!.stance !== "not-addressed").length;
      expect(p.stated).toBe(stated);
      expect(p.stated).toBeGreaterThan(0);
    }
  });

  it("keeps the person a report is about apart from the speaker", () => {
    const about = data.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations)).filter((c) => c.about);
    expect(about.length).toBeGreaterThan(0);
    for (const c of about) expect(c.kind === "own-words" || c.speaker === undefined).toBe(true);
  });
});

describe("toMatrixData with the release history", () => {
  it("carries the edition and marks the cells that changed with their version, and no others", () => {
    const issue = dataset.issues[0]!;
    const position = dataset.positions[1]!;
    const info = { edition: { asOf: "2025-12-04", release: { version: "2026.12.2", date: "2026-12-09" }, unreleased: 0 }, site: "https://x.org/", report: null };
    const out = toMatrixData(dataset, { info, changedIn: new Map([[`${issue.slug}.${position.slug}`, "2026.12.2"]]) });
    expect(out.publication).toEqual(info);
    const changed = out.issues.flatMap((i) => Object.entries(i.cells).flatMap(([p, c]) => (c.changedIn ? [[i.slug, p, c.changedIn]] : [])));
    expect(changed).toEqual([[issue.slug, position.slug, "2026.12.2"]]);
    expect(data.publication).toBeUndefined();
  });
});
