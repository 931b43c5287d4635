import { describe, expect, it } from "vitest";
import { hostileDataset } from "../export/fixture.test-data";
import { loadDataset } from "../load/load";
import { loadPublication, matrixPublication } from "../release/load";
import { toMatrixData, type MatrixData } from "./data";
import { fixture } from "./fixture.test-data";
import { packMatrix, unpackMatrix } from "./wire";

const real = toMatrixData(loadDataset(), matrixPublication(loadPublication()));
const size = (x: unknown) => JSON.stringify(x).length;

/** The fixture with its first issue's first cell changed by `change`. */
function withFirstCell(change: (cell: MatrixData["issues"][number]["cells"][string]) => object): MatrixData {
  const [first, ...others] = fixture.issues;
  const cells = { ...first!.cells, alpha: { ...first!.cells.alpha!, ...change(first!.cells.alpha!) } };
  return { ...fixture, issues: [{ ...first!, cells }, ...others] };
}

describe("packMatrix", () => {
  it("rebuilds the real matrix exactly, with its edition and when each cell changed", () => {
    expect(real.publication).toBeDefined();
    expect(real.issues.some((i) => Object.values(i.cells).some((c) => c.changedIn))).toBe(true);
    expect(unpackMatrix(packMatrix(real))).toStrictEqual(real);
  });

  it("rebuilds the unit tests' fixture and the hostile dataset exactly", () => {
    expect(unpackMatrix(packMatrix(fixture))).toStrictEqual(fixture);
    const hostile = toMatrixData(hostileDataset());
    expect(unpackMatrix(packMatrix(hostile))).toStrictEqual(hostile);
  });

  it("sends the real matrix in under 60% of its JSON: no derived strength, no silent cell's words, each quote once", () => {
    const wire = packMatrix(real);
    expect(size(wire)).toBeLessThan(0.6 * size(real));
    const cells = wire.issues.flatMap((i) => i.cells);
    expect(cells.filter((c) => "strength" in c)).toEqual([]);
    const silent = real.issues.flatMap((i) => Object.values(i.cells)).filter((c) => c.stance === "not-addressed" && !c.changedIn && c.summary === "Not addressed in the sources.");
    expect(silent.length).toBeGreaterThan(0);
    expect(cells.filter((c) => Object.keys(c).length === 0)).toHaveLength(silent.length);
    const quotes = new Set(real.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations.map((q) => q.quote))));
    expect(Object.values(wire.quotes).sort()).toEqual([...quotes].sort());
  });

  it("sends a strength that its evidence would not give, rather than derive another", () => {
    const data = withFirstCell((c) => ({ strength: { ...c.strength, label: "Something else" } }));
    expect(packMatrix(data).issues[0]!.cells[0]!.strength?.label).toBe("Something else");
    expect(unpackMatrix(packMatrix(data))).toStrictEqual(data);
  });

  it("sends an id that is not its passage's key, and a quote that differs from the passage's first", () => {
    const data = withFirstCell((c) => ({
      citations: [...c.citations, ...c.citations.map((q) => ({ ...q, id: "other-id", quote: `${q.quote} (another reading)` }))],
    }));
    const packed = packMatrix(data).issues[0]!.cells[0]!.citations!;
    expect(packed.map((q) => [q.id, q.quote])).toEqual([
      [undefined, undefined],
      ["other-id", `${data.issues[0]!.cells.alpha!.citations[0]!.quote} (another reading)`],
    ]);
    expect(unpackMatrix(packMatrix(data))).toStrictEqual(data);
  });

  it("refuses an issue without a cell for every position, or with a cell for an unknown one", () => {
    const cells = Object.fromEntries(Object.entries(fixture.issues[0]!.cells).filter(([slug]) => slug !== "gamma"));
    expect(() => packMatrix({ ...fixture, issues: [{ ...fixture.issues[0]!, cells }] })).toThrow(/no cell for position "gamma"/);
    const extra = { ...fixture.issues[0]!.cells, delta: fixture.issues[0]!.cells.alpha! };
    expect(() => packMatrix({ ...fixture, issues: [{ ...fixture.issues[0]!, cells: extra }] })).toThrow(/unknown positions: delta/);
  });
});
