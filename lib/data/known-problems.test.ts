import { describe, expect, it } from "vitest";
import { knownProblems, problemLine } from "./known-problems";

describe("knownProblems", () => {
  it("lists each source's own problems, and those recorded under another source that name its passages", () => {
    const notes = knownProblems([
      { id: "a", problems: [{ note: "Two shares.", passages: [{ quote: "25 percent" }, { quote: "20 percent" }] }, { note: "Typos.", passages: [] }] },
      { id: "b", problems: [{ note: "Dated two ways.", passages: [{ quote: "on 1 December" }, { source: "a", quote: "two weekends" }] }] },
      { id: "c", problems: [] },
    ]);
    expect(notes.get("a")).toEqual([{ note: "Two shares." }, { note: "Typos." }, { note: "Dated two ways.", recordedUnder: "b" }]);
    expect(notes.get("b")).toEqual([{ note: "Dated two ways." }]);
    expect(notes.get("c")).toEqual([]);
    expect(notes.get("a")!.map(problemLine).at(-1)).toBe("Dated two ways. (recorded under b)");
  });
});
