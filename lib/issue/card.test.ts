import { describe, expect, it } from "vitest";
import { hostileDataset } from "../export/fixture.test-data";
import { shownSummary, SILENT_WORDS } from "../data/vocab";
import { cardSize, embedCode, issueCard } from "./card";

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

describe("embedCode", () => {
  it("frames the card's own address under the site, at its size", () => {
    const card = issueCard(data, issue);
    const { width, height } = cardSize(card);
    const code = embedCode(card, "https://example.org/");
    expect(code).toContain(`src="https://example.org/embed/issues/${issue.slug}"`);
    expect(code).toContain(`width="${width}" height="${height}"`);
    expect(code).not.toMatch(/<(?!\/?iframe)/);
  });
});
