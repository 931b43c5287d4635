/**
 * An issue as its embeddable card shows it (components/embed/issue-card.ts draws it), and the
 * `<iframe>` code that embeds it: one source for the card, the issue page's "Embed" code and
 * the oEmbed answer, so their sizes and titles agree.
 */
import type { Dataset, ResolvedIssue } from "../data/schema";
import { cellOf } from "../data/cells";
import { countedCitations } from "../data/strength";
import { shownSummary, type Stance } from "../data/vocab";
import { cardHeight, embedHref, fitSize, hostScriptCode, iframeCode, type CardSize, type EmbedTheme } from "../site/embed";
import { appUrl } from "../site/links";
import { issueAgreement } from "./agreement";

export type CardPosition = {
  slug: string;
  label: string;
  stance: Stance;
  summary: string;
  /** Citations that carry the stance: commentary is never counted. */
  citations: number;
  /** How much the evidence weighs, in the fixed words of lib/data/strength.ts ("Single report, no named author or publisher"). */
  strength: string;
};

export type IssueCardData = {
  slug: string;
  title: string;
  proposition: string;
  category?: string;
  /** Where the positions agree and differ, in one sentence. */
  headline: string;
  positions: CardPosition[];
};

export function issueCard(data: Pick<Dataset, "positions" | "categories">, issue: ResolvedIssue): IssueCardData {
  const stanceOf = (p: { slug: string }) => cellOf(issue, p.slug).stance;
  return {
    slug: issue.slug,
    title: issue.title,
    proposition: issue.proposition,
    category: data.categories.find((c) => c.slug === issue.category)?.title,
    headline: issueAgreement(data.positions, stanceOf).headline,
    positions: data.positions.map((p) => {
      const cell = cellOf(issue, p.slug);
      return { slug: p.slug, label: p.label, stance: cell.stance, summary: shownSummary(cell.summary), citations: countedCitations(cell), strength: cell.strength.label };
    }),
  };
}

/** The card's frame size within a consumer's limits, its height computed for the width it gets. */
export function cardSize(card: IssueCardData, max: { width?: number; height?: number } = {}): CardSize {
  const text = { ...card, summaries: card.positions.map((p) => p.summary) };
  return fitSize((width) => cardHeight(text, width), max);
}

/** The frame's title, for screen readers on the host page. */
export function cardTitle(card: Pick<IssueCardData, "title">): string {
  return `${card.title}: where each side stands (Positions Matrix)`;
}

export type EmbedOptions = { size?: CardSize; theme?: EmbedTheme };

/**
 * The code for the card on `siteUrl`: its `<iframe>`, at the card's size or a smaller one, then
 * the host script that fits the frame to the card's measured height at whatever width it gets.
 */
export function embedCode(card: IssueCardData, siteUrl: string, { size = cardSize(card), theme }: EmbedOptions = {}): string {
  return `${iframeCode({ src: appUrl(siteUrl, embedHref(card.slug, theme)), title: cardTitle(card), ...size })}\n${hostScriptCode(siteUrl)}`;
}
