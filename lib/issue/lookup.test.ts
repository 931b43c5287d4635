import { describe, expect, it } from "vitest";
import { issueIndexEntry, issueNeighbours, issueRouteSlugs, lookupIssue } from "./lookup";

const issues = [
  { slug: "crimea", aliases: [] },
  { slug: "donbas", aliases: ["donbas-withdrawal", "donetsk"] },
  { slug: "nato", aliases: [] },
];

describe("lookupIssue", () => {
  it("finds an issue by its current slug", () => {
    expect(lookupIssue(issues, "crimea")).toEqual({ kind: "current", issue: issues[0] });
  });

  it("finds a renamed issue by a former slug, so that old links can redirect", () => {
    expect(lookupIssue(issues, "donetsk")).toEqual({ kind: "alias", issue: issues[1] });
  });

  it("says so when no issue has the slug, current or former", () => {
    expect(lookupIssue(issues, "<script>")).toEqual({ kind: "unknown" });
    expect(lookupIssue(issues, "")).toEqual({ kind: "unknown" });
  });
});

describe("issueRouteSlugs", () => {
  it("lists every current and former slug once", () => {
    expect(issueRouteSlugs(issues)).toEqual(["crimea", "donbas", "donbas-withdrawal", "donetsk", "nato"]);
  });
});

describe("issueNeighbours", () => {
  it("gives the issues before and after in order, none past either end", () => {
    expect(issueNeighbours(issues, "donbas")).toEqual({ previous: issues[0], next: issues[2] });
    expect(issueNeighbours(issues, "crimea")).toEqual({ previous: undefined, next: issues[1] });
    expect(issueNeighbours(issues, "nato")).toEqual({ previous: issues[1], next: undefined });
  });

  it("gives nothing for an unknown issue", () => {
    expect(issueNeighbours(issues, "missing")).toEqual({});
  });
});

describe("issueIndexEntry", () => {
  it("keeps only the names an address is matched against", () => {
    const issue = { slug: "crimea", title: "Crimea", aliases: ["crimea-status"], definition: "Who governs Crimea.", cells: {}, order: 1 };
    expect(issueIndexEntry(issue)).toEqual({ slug: "crimea", title: "Crimea", aliases: ["crimea-status"], definition: "Who governs Crimea." });
  });
});
