import { describe, expect, it } from "vitest";
import { fixture } from "../matrix/fixture.test-data";
import { defaultView, viewContext, type View } from "../matrix/view";
import { exportView } from "./view";

const ctx = viewContext(fixture);
/** Every column shown. */
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), positions: ["alpha", "beta", "gamma"], ...patch });

describe("exportView", () => {
  it("gives the visible rows with their propositions and the shown positions' stances, citation counts, summaries and evidence, in screen order", () => {
    const exported = exportView(fixture, view({ positions: ["beta", "alpha"], show: "diverge", collapsed: ["money"] }));
    expect(exported.positions).toEqual([
      { slug: "beta", label: "Beta position" },
      { slug: "alpha", label: "Alpha plan" },
    ]);
    expect(exported.rows).toEqual([
      {
        slug: "border",
        title: "Where the border runs",
        proposition: "The line is frozen.",
        category: "Land",
        cells: {
          beta: { stance: "rejects", citations: 1, summary: "A summary for rejects.", evidence: "Single report, no named author or publisher" },
          alpha: { stance: "supports", citations: 1, summary: "Freeze the line at Zaporizhzhia.", evidence: "Own words, quoted in a text with no named author or publisher" },
        },
        agreement: "diverge",
        distance: 3,
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
