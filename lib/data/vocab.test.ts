import { describe, expect, it } from "vitest";
import { shownSummary, SILENT_SUMMARY, SILENT_WORDS } from "./vocab";

describe("shownSummary", () => {
  it("says the sources are silent where the data's summary is the silent one", () => {
    expect(shownSummary(SILENT_SUMMARY)).toBe(SILENT_WORDS);
  });

  it("keeps what a silent cell goes on to say, changing only its opening", () => {
    expect(shownSummary(`${SILENT_SUMMARY} One article reports a nearby claim.`)).toBe(`${SILENT_WORDS} One article reports a nearby claim.`);
  });

  it("leaves a stated cell's summary as written", () => {
    expect(shownSummary("As reported, the plan says so.")).toBe("As reported, the plan says so.");
  });
});
