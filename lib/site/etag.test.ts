import { describe, expect, it } from "vitest";
import { notModified, strongEtag } from "./etag";

describe("strongEtag", () => {
  it("is a quoted strong tag that changes with the bytes and only with them", () => {
    const tag = strongEtag("a,b\n1,2\n");
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    expect(strongEtag(new TextEncoder().encode("a,b\n1,2\n"))).toBe(tag);
    expect(strongEtag("a,b\n1,3\n")).not.toBe(tag);
  });
});

describe("notModified", () => {
  const tag = strongEtag("body");

  it("matches the tag alone, in a list, weak or not, and *", () => {
    expect(notModified(tag, tag)).toBe(true);
    expect(notModified(`"other", ${tag}`, tag)).toBe(true);
    expect(notModified(`W/${tag}`, tag)).toBe(true);
    expect(notModified("*", tag)).toBe(true);
  });

  it("does not match another tag, a part of one, or no header", () => {
    expect(notModified('"other"', tag)).toBe(false);
    expect(notModified(tag.slice(0, -2) + '"', tag)).toBe(false);
    expect(notModified(null, tag)).toBe(false);
    expect(notModified("", tag)).toBe(false);
  });
});
