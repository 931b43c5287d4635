import { describe, expect, it } from "vitest";
import { formatPartialDate, formatSourceDate, listNames, plural, sourceByline, sourceCaption } from "./format";

describe("formatPartialDate", () => {
  it("writes day, month and year as far as the date gives them", () => {
    expect(formatPartialDate("2025-11-23")).toBe("23 November 2025");
    expect(formatPartialDate("2025-08")).toBe("August 2025");
    expect(formatPartialDate("2025")).toBe("2025");
  });
});

describe("formatSourceDate", () => {
  it("says when a date is a lower bound or approximate", () => {
    expect(formatSourceDate({ value: "2025-12-02", qualifier: "on-or-after" })).toBe("on or after 2 December 2025");
    expect(formatSourceDate({ value: "2025", qualifier: "approximate" })).toBe("2025 (approximate)");
  });
});

describe("sourceByline", () => {
  it("says so when neither author nor publisher is known", () => {
    expect(sourceByline({ author: null, publisher: null })).toBe("No named author or publisher");
    expect(sourceByline({ author: "Jackson Miller", publisher: null })).toBe("Jackson Miller");
  });
});

describe("sourceCaption", () => {
  const source = {
    id: "s", file: "s.txt", title: "T", url: null, kind: "news-report" as const, statementOf: [], problems: [],
    date: { value: "2025-12", qualifier: "exact" as const },
  };
  it("names the author, else the publisher, else says anonymous", () => {
    expect(sourceCaption({ ...source, author: "A. Writer", publisher: "Paper", anonymous: false })).toMatchObject({ byline: "A. Writer", anonymous: false });
    expect(sourceCaption({ ...source, author: null, publisher: "Paper", anonymous: false }).byline).toBe("Paper");
    expect(sourceCaption({ ...source, author: null, publisher: null, anonymous: true })).toMatchObject({ byline: "no named author or publisher", anonymous: true });
  });
});

describe("plural", () => {
  it("gives the count with its noun, plural unless one", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(3, "timeline event")).toBe("3 timeline events");
    expect(plural(2, "analysis", "analyses")).toBe("2 analyses");
  });
});

describe("listNames", () => {
  it("joins names as a sentence would", () => {
    expect(listNames([])).toBe("");
    expect(listNames(["A"])).toBe("A");
    expect(listNames(["A", "B"])).toBe("A and B");
    expect(listNames(["A", "B", "C"])).toBe("A, B and C");
  });
});
