import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { parseView, viewContext } from "./view";
import { viewReader } from "./view-reader";

const ctx = viewContext(fixture);

describe("viewReader", () => {
  it("parses each address once and hands back the same view for it", () => {
    const reader = viewReader(ctx);
    const v = reader.read("cols=alpha,beta&cat=land&q=crimea");
    expect(v).toEqual(parseView("cols=alpha,beta&cat=land&q=crimea", ctx));
    expect(reader.read("cols=alpha,beta&cat=land&q=crimea")).toBe(v);
    expect(reader.query(v)).toBe("cols=alpha,beta&cat=land&q=crimea");
  });

  it("keeps the view without its open cell the same object while only the cell changes", () => {
    const reader = viewReader(ctx);
    const closed = reader.read("cols=alpha,beta&q=crimea");
    const open = reader.read("cols=alpha,beta&q=crimea&cell=crimea.alpha");
    expect(open.cell).toEqual({ issue: "crimea", position: "alpha" });
    expect(reader.withoutCell(closed)).toBe(closed);
    expect(reader.withoutCell(open)).toBe(closed);
    expect(reader.queryWithoutCell(open)).toBe("cols=alpha,beta&q=crimea");
    expect(reader.withoutCell(reader.read("cols=alpha,beta&q=crimea&cell=assets.beta"))).toBe(closed);
    expect(reader.withoutCell(reader.read("cols=alpha,beta&q=crimean"))).not.toBe(closed);
  });

  it("gives the plain address for the default view once its open cell is closed", () => {
    const reader = viewReader(ctx);
    const open = reader.read("cols=alpha,beta&cell=crimea.alpha");
    expect(reader.queryWithoutCell(open)).toBe("");
    expect(reader.withoutCell(open)).toBe(reader.withoutCell(reader.read("")));
  });
});
