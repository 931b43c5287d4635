import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.test-data";
import { nextHeadingSort, sortOf, SORTS } from "./sorts";
import { defaultView, parseView, serializeView, viewContext, type View } from "./view";

const ctx = viewContext(fixture);
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(ctx), ...patch });

describe("SORTS", () => {
  it("lists each sort and direction once, the default first", () => {
    expect(SORTS[0]).toMatchObject({ sort: "category", desc: false });
    expect(new Set(SORTS.map((s) => `${s.sort}:${s.desc}`)).size).toBe(SORTS.length);
    expect(new Set(SORTS.map((s) => s.value)).size).toBe(SORTS.length);
  });

  it("names every view's sort, and round-trips each through the address", () => {
    for (const s of SORTS) {
      const v = view({ sort: s.sort, desc: s.desc });
      expect(sortOf(v)).toBe(s);
      expect(sortOf(parseView(serializeView(v, ctx), ctx))).toBe(s);
    }
  });
});

describe("nextHeadingSort", () => {
  it("sorts by the heading in its starting direction, then the other way, then back to categories", () => {
    const title1 = nextHeadingSort(view(), "title");
    expect(title1).toEqual({ sort: "title", desc: false });
    const title2 = nextHeadingSort(title1, "title");
    expect(title2).toEqual({ sort: "title", desc: true });
    expect(nextHeadingSort(title2, "title")).toEqual({ sort: "category", desc: false });
    expect(nextHeadingSort(title2, "divergence")).toEqual({ sort: "divergence", desc: true });
    expect(nextHeadingSort({ sort: "divergence", desc: true }, "divergence")).toEqual({ sort: "divergence", desc: false });
  });
});
