import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findQuote } from "../data/quotes";
import { citationForRange } from "./pick-citation";

const TEXT = "The talks ended.\nHe said the plan is dead. Later she said the plan is dead, again.\nThe plan is alive, said nobody.";
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  return i;
};

describe("citationForRange", () => {
  it("cites a passage that occurs once with its quote alone, as YAML the build resolves to it", () => {
    const start = at("The talks ended");
    const picked = citationForRange(TEXT, start, start + "The talks ended".length, "talks");
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    expect(picked.selector).toEqual({ quote: "The talks ended" });
    const [entry] = parse(picked.yaml) as [{ source: string; quote: string; kind: string }];
    expect(entry).toEqual({ source: "talks", quote: "The talks ended", kind: "reporting" });
    expect(findQuote(TEXT, entry)).toMatchObject({ ok: true, start });
  });

  it("adds the fewest prefix words that tell a repeated passage apart", () => {
    const start = at("the plan is dead", 1);
    const picked = citationForRange(TEXT, start, start + "the plan is dead".length, "talks");
    expect(picked).toMatchObject({ ok: true, selector: { quote: "the plan is dead", prefix: "she said" } });
    if (!picked.ok) return;
    expect(picked.selector.prefix).toBeDefined();
    expect(findQuote(TEXT, { ...picked.selector })).toMatchObject({ ok: true, start });
    const first = citationForRange(TEXT, at("the plan is dead"), at("the plan is dead") + 16, "talks");
    expect(first.ok && findQuote(TEXT, first.selector)).toMatchObject({ ok: true, start: at("the plan is dead") });
  });

  it("trims the selection's edges and refuses one too short to cite", () => {
    const start = at("The plan is alive");
    expect(citationForRange(TEXT, start - 1, start + "The plan is alive".length + 1, "talks")).toMatchObject({ ok: true, start });
    expect(citationForRange(TEXT, start, start + 4, "talks")).toMatchObject({ ok: false, reason: expect.stringContaining("at least 8") });
  });
});
