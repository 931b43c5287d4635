import { describe, expect, it } from "vitest";
import { passageId, passageKey } from "./passage";

describe("passageKey", () => {
  it("names a passage by its source and its offsets", () => {
    expect(passageKey({ source: "peace-talks", start: 12, end: 40 })).toBe("peace-talks:12-40");
  });
});

describe("passageId", () => {
  it("names a passage by its offsets", () => {
    expect(passageId({ start: 12, end: 40 })).toBe("q-12-40");
  });
});
