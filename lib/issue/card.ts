/**
 * An issue as its embeddable card shows it (components/embed/issue-card.ts draws it), and the
 * `<iframe>` code that embeds it: one source for the card, the issue page's "Embed" code and
 * the oEmbed answer, so their sizes and titles agree.
 */
import type { Dataset, ResolvedIssue } from "../data/schema";
import { cellOf } from "../data/cells";
import { countedCitations } from "../data/strength";
import { shownSummary, type CitationKind, type Stance } from "../data/vocab";
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
  /**
   * How much the evidence weighs, in the fixed words of lib/data/strength.ts ("Single report, no named
   * author or publisher"). A release's card has none: a snapshot does not record it.
   */
  strength?: string;
};

export type IssueCardData = {
  slug: string;
  title: string;
  proposition: string;
  category?: string;
  /** Where the positions agree and differ, in one sentence. */
  headline: string;
  positions: CardPosition[];
  /** The release a pinned card shows, which it shows for ever; none for the latest card, which follows the data. */
  version?: string;
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

/**
 * An issue as a release recorded it (lib/release/pinned.ts's cells: this layer does not import
 * releases), for the card pinned to that release.
 */
export type PinnedIssue = {
  version: string;
  slug: string;
  title: string;
  proposition: string;
  cells: readonly { position: string; label: string; stance: Stance; summary: string; citations: readonly { kind: CitationKind }[] }[];
};

/** The card of an issue at a release: only what the snapshot holds (no category, no evidence strength). */
export function pinnedIssueCard({ version, slug, title, proposition, cells }: PinnedIssue): IssueCardData {
  const positions = cells.map((c) => ({
    slug: c.position,
    label: c.label,
    stance: c.stance,
    summary: shownSummary(c.summary),
    citations: c.citations.filter((q) => q.kind !== "commentary").length,
  }));
  // A snapshot keeps each position's label only: the headline names them by it.
  const stanceOf = (p: { slug: string }) => positions.find((q) => q.slug === p.slug)?.stance ?? "not-addressed";
  const headline = issueAgreement(positions.map((p) => ({ slug: p.slug, shortLabel: p.label })), stanceOf).headline;
  return { slug, title, proposition, headline, positions, version };
}

/** The card's frame size within a consumer's limits, its height computed for the width it gets. */
export function cardSize(card: IssueCardData, max: { width?: number; height?: number } = {}): CardSize {
  const text = { ...card, summaries: card.positions.map((p) => p.summary) };
  return fitSize((width) => cardHeight(text, width), max);
}

/** The frame's title, for screen readers on the host page. */
export function cardTitle(card: Pick<IssueCardData, "title" | "version">): string {
  return `${card.title}: where each side stands${card.version ? ` at version ${card.version}` : ""} (Positions Matrix)`;
}

export type EmbedOptions = { size?: CardSize; theme?: EmbedTheme };

/**
 * The code for the card on `siteUrl`: its `<iframe>`, at the card's size or a smaller one, then
 * the host script that fits the frame to the card's measured height at whatever width it gets.
 */
export function embedCode(card: IssueCardData, siteUrl: string, { size = cardSize(card), theme }: EmbedOptions = {}): string {
  return `${iframeCode({ src: appUrl(siteUrl, embedHref(card.slug, theme, card.version)), title: cardTitle(card), ...size })}\n${hostScriptCode(siteUrl)}`;
}
