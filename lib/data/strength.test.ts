import { describe, expect, it } from "vitest";
import { cellStrength, evidenceCount, strengthCounts, strengthLabel } from "./strength";

const sources: Record<string, { anonymous: boolean }> = {
  white: { anonymous: false },
  anon1: { anonymous: true },
  anon2: { anonymous: true },
  named: { anonymous: false },
};
const sourceOf = (id: string) => sources[id];
const cite = (source: string, kind: "own-words" | "reporting" | "commentary") => ({ source, kind });

describe("cellStrength", () => {
  it("calls a stance with any of the party's own words 'Own words'", () => {
    const s = cellStrength({ stance: "supports" }, [cite("anon1", "reporting"), cite("white", "own-words")], sourceOf);
    expect(s).toMatchObject({ level: "own-words", label: "Own words", sources: 2, citations: 2, anonymous: false });
  });

  it("counts independent sources once each, and commentary never", () => {
    const s = cellStrength(
      { stance: "rejects" },
      [cite("anon1", "reporting"), cite("anon1", "reporting"), cite("named", "reporting"), cite("white", "commentary")],
      sourceOf,
    );
    expect(s).toMatchObject({ level: "reported", label: "Reported by 2 sources", sources: 2, citations: 3 });
  });

  it("flags a single report from an anonymous source", () => {
    const s = cellStrength({ stance: "ambiguous" }, [cite("anon1", "reporting"), cite("named", "commentary")], sourceOf);
    expect(s).toMatchObject({ level: "single-report", label: "Single report, no named author or publisher", sources: 1, anonymous: true });
  });

  it("says when own words are quoted only by anonymous sources, and when a cell records a disagreement", () => {
    const s = cellStrength({ stance: "supports", disagreement: "Two shares." }, [cite("anon1", "own-words"), cite("anon2", "reporting")], sourceOf);
    expect(s).toMatchObject({ label: "Own words, quoted in a text with no named author or publisher", anonymous: true, disputed: true });
  });

  it("weighs nothing for a cell not addressed", () => {
    expect(cellStrength({ stance: "not-addressed" }, [], sourceOf)).toMatchObject({ level: "not-stated", sources: 0, citations: 0 });
  });
});

describe("strengthLabel", () => {
  it("words each level in fixed words", () => {
    expect(strengthLabel("reported", 3, true)).toBe("Reported by 3 sources, none with a named author or publisher");
    expect(strengthLabel("single-report", 1, false)).toBe("Single report");
  });
});

describe("strengthCounts", () => {
  it("counts cells per level, and the anonymous and disputed ones", () => {
    const cells = [
      cellStrength({ stance: "supports" }, [cite("anon1", "reporting")], sourceOf),
      cellStrength({ stance: "supports" }, [cite("white", "own-words")], sourceOf),
      cellStrength({ stance: "not-addressed" }, [], sourceOf),
    ].map((strength) => ({ strength }));
    expect(strengthCounts(cells)).toEqual({
      byLevel: { "own-words": 1, reported: 0, "single-report": 1, "not-stated": 1 },
      anonymous: 1,
      disputed: 0,
    });
  });
});

describe("evidenceCount", () => {
  it("counts the citations that carry the stance, and names commentary apart", () => {
    const citations = [cite("anon1", "reporting"), cite("white", "own-words"), cite("named", "commentary")];
    expect(evidenceCount({ citations, strength: cellStrength({ stance: "supports" }, citations, sourceOf) })).toBe(
      "2 citations, and 1 commentary (context only, not counted)",
    );
    const one = [cite("anon1", "reporting")];
    expect(evidenceCount({ citations: one, strength: cellStrength({ stance: "supports" }, one, sourceOf) })).toBe("1 citation");
  });
});
