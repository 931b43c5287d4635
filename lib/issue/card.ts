/**
 * An issue as its embeddable card shows it (components/embed/issue-card.ts draws it), and the
 * `<iframe>` code that embeds it: one source for the card, the issue page's "Embed" code and
 * the oEmbed answer, so their sizes and titles agree.
 */
import type { Dataset, ResolvedIssue } from "../data/schema";
import { cellOf } from "../data/cells";
import { shownSummary, type Stance } from "../data/vocab";
import { cardHeight, EMBED_WIDTH, embedHref, iframeCode, type CardSize } from "../site/embed";
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
      return { slug: p.slug, label: p.label, stance: cell.stance, summary: shownSummary(cell.summary), citations: cell.strength.citations, strength: cell.strength.label };
    }),
  };
}

export function cardSize(card: IssueCardData): CardSize {
  return { width: EMBED_WIDTH, height: cardHeight({ ...card, summaries: card.positions.map((p) => p.summary) }) };
}

/** The frame's title, for screen readers on the host page. */
export function cardTitle(card: Pick<IssueCardData, "title">): string {
  return `${card.title}: where each side stands (Positions Matrix)`;
}

/** The `<iframe>` code for the card on `siteUrl`, at the card's size or a smaller one. */
export function embedCode(card: IssueCardData, siteUrl: string, size: CardSize = cardSize(card)): string {
  return iframeCode({ src: appUrl(siteUrl, embedHref(card.slug)), title: cardTitle(card), ...size });
}
