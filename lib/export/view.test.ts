import { describe, expect, it } from "vitest";
import { fixture } from "../matrix/fixture.test-data";
import { defaultView, viewContext, type View } from "../matrix/view";
import { exportView } from "./view";

const ctx = viewContext(fixture);
/** Every column shown. */
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), positions: ["alpha", "beta", "gamma"], ...patch });

describe("exportView", () => {
  it("gives the visible rows with the shown positions' stances, summaries and evidence, in screen order", () => {
    const exported = exportView(fixture, view({ positions: ["beta", "alpha"], show: "diverge", collapsed: ["money"] }));
    expect(exported.positions).toEqual([
      { slug: "beta", label: "Beta position" },
      { slug: "alpha", label: "Alpha plan" },
    ]);
    expect(exported.rows).toEqual([
      {
        slug: "border",
        title: "Where the border runs",
        category: "Land",
        cells: {
          beta: { stance: "rejects", summary: "A summary for rejects.", evidence: "Single report, anonymous source" },
          alpha: { stance: "supports", summary: "Freeze the line at Zaporizhzhia.", evidence: "Own words, quoted by an anonymous source" },
        },
        agreement: "diverge",
        distance: 3,
        citations: { beta: 1, alpha: 1 },
      },
    ]);
    expect(Object.keys(exported.rows[0]!.cells)).toEqual(["beta", "alpha"]);
    expect(exported.description).toBe("2 positions divergent");
    expect(exported.query).toBe("cols=beta,alpha&show=diverge&fold=money");
  });

  it("exports every row of the default view, its columns only, with no description and the plain address", () => {
    const exported = exportView(fixture, defaultView(ctx));
    expect(exported.rows.map((r) => r.slug)).toEqual(fixture.issues.map((i) => i.slug));
    expect(exported.rows.every((r) => Object.keys(r.cells).join() === "alpha,beta")).toBe(true);
    expect(exported.description).toBe("");
    expect(exported.query).toBe("");
    expect(exportView(fixture, { ...defaultView(ctx), cell: { issue: "crimea", position: "alpha" } }).query).toBe("");
    const whole = exportView(fixture, view());
    expect(whole.rows.every((r) => Object.keys(r.cells).join() === "alpha,beta,gamma")).toBe(true);
    expect(whole.description).toBe("3 positions");
    expect(whole.query).toBe("cols=alpha,beta,gamma");
  });
});
