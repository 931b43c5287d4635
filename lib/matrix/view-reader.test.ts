import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { parseView, viewContext } from "./view";
import { viewReader } from "./view-reader";

const ctx = viewContext(fixture);

describe("viewReader", () => {
  it("parses each address once and hands back the same view for it", () => {
    const reader = viewReader(ctx);
    const v = reader.read("cat=land&q=crimea");
    expect(v).toEqual(parseView("cat=land&q=crimea", ctx));
    expect(reader.read("cat=land&q=crimea")).toBe(v);
    expect(reader.query(v)).toBe("cat=land&q=crimea");
  });

  it("keeps the view without its open cell the same object while only the cell changes", () => {
    const reader = viewReader(ctx);
    const closed = reader.read("q=crimea");
    const open = reader.read("q=crimea&cell=crimea.alpha");
    expect(open.cell).toEqual({ issue: "crimea", position: "alpha" });
    expect(reader.withoutCell(closed)).toBe(closed);
    expect(reader.withoutCell(open)).toBe(closed);
    expect(reader.queryWithoutCell(open)).toBe("q=crimea");
    expect(reader.withoutCell(reader.read("q=crimea&cell=assets.beta"))).toBe(closed);
    expect(reader.withoutCell(reader.read("q=crimean"))).not.toBe(closed);
  });
});
