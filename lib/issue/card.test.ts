import { describe, expect, it } from "vitest";
import { hostileDataset } from "../export/fixture.test-data";
import { shownSummary, SILENT_WORDS } from "../data/vocab";
import { cardSize, cardTitle, embedCode, issueCard, pinnedIssueCard, type PinnedIssue } from "./card";

const data = hostileDataset();
const issue = data.issues[0]!;

describe("issueCard", () => {
  it("gives every position's stance, summary, evidence strength and the citations that carry it, in column order", () => {
    const card = issueCard(data, issue);
    expect(card.positions.map((p) => p.slug)).toEqual(data.positions.map((p) => p.slug));
    for (const p of card.positions) {
      const cell = issue.cells[p.slug]!;
      const carrying = cell.citations.filter((c) => c.kind !== "commentary").length;
      expect(p).toMatchObject({ stance: cell.stance, summary: shownSummary(cell.summary), citations: carrying, strength: cell.strength.label });
      if (cell.stance === "not-addressed") expect(p.summary).toBe(SILENT_WORDS);
    }
    expect(card.headline.length).toBeGreaterThan(0);
  });
});

describe("pinnedIssueCard", () => {
  const pinned: PinnedIssue = {
    version: "2026.12.1",
    slug: "crimea",
    title: "Crimea",
    proposition: "Ukraine cedes Crimea.",
    cells: [
      { position: "ru", label: "Russia", stance: "supports", summary: "Yes.", citations: [{ kind: "own-words" }, { kind: "commentary" }] },
      { position: "ua", label: "Ukraine", stance: "rejects", summary: "No.", citations: [{ kind: "reporting" }] },
      { position: "eu", label: "Europe", stance: "not-addressed", summary: SILENT_WORDS, citations: [] },
    ],
  };

  it("shows the release's cells in its column order, counting only the citations that carry a stance, with no strength it did not record", () => {
    const card = pinnedIssueCard(pinned);
    expect(card.version).toBe("2026.12.1");
    expect(card.positions.map((p) => [p.slug, p.label, p.stance, p.citations])).toEqual([["ru", "Russia", "supports", 1], ["ua", "Ukraine", "rejects", 1], ["eu", "Europe", "not-addressed", 0]]);
    expect(card.positions.every((p) => p.strength === undefined)).toBe(true);
    expect(card.category).toBeUndefined();
  });

  it("says where the release's positions split, naming them by the release's labels", () => {
    expect(pinnedIssueCard(pinned).headline).toMatch(/Russia/);
    expect(pinnedIssueCard(pinned).headline).toMatch(/Ukraine/);
  });

  it("embeds the release's card, which names its version in the frame's title", () => {
    const card = pinnedIssueCard(pinned);
    expect(embedCode(card, "https://example.org/")).toContain('src="https://example.org/embed/v/2026.12.1/issues/crimea"');
    expect(cardTitle(card)).toContain("version 2026.12.1");
    expect(cardTitle({ title: "Crimea" })).not.toContain("version");
  });
});

describe("cardSize", () => {
  it("is taller at a narrower width, and keeps within a consumer's maxwidth and maxheight", () => {
    const card = issueCard(data, issue);
    const wide = cardSize(card);
    const narrow = cardSize(card, { width: 340 });
    expect(narrow.width).toBe(340);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(cardSize(card, { width: 340, height: 200 })).toEqual({ width: 340, height: 200 });
    expect(cardSize(card, { width: 5000 }).width).toBe(wide.width);
  });
});

describe("embedCode", () => {
  it("frames the card's own address under the site, at its size, then adds the host script that fits it", () => {
    const card = issueCard(data, issue);
    const { width, height } = cardSize(card);
    const code = embedCode(card, "https://example.org/");
    expect(code).toContain(`src="https://example.org/embed/issues/${issue.slug}"`);
    expect(code).toContain(`width="${width}" height="${height}"`);
    expect(code.split("\n")[1]).toBe('<script async src="https://example.org/embed/host.js"></script>');
    expect(code).not.toMatch(/<(?!\/?iframe|\/?script)/);
  });

  it("names the theme in the card's address when it is not the default", () => {
    const card = issueCard(data, issue);
    expect(embedCode(card, "https://example.org/", { theme: "dark" })).toContain(`src="https://example.org/embed/issues/${issue.slug}?theme=dark"`);
    expect(embedCode(card, "https://example.org/", { theme: "light" })).toContain(`src="https://example.org/embed/issues/${issue.slug}"`);
  });
});
