/**
 * Metadata shared by the pages that stand for one thing (an issue, a source): its own address
 * and card, and the text of an issue's link preview.
 */
import { siteIdentity } from "./identity";
import type { Metadata } from "next";
import { squash } from "../data/quotes";

export const SITE_NAME = siteIdentity().name;
/** The title of the matrix and of any page without its own. */
export const SITE_TITLE = siteIdentity().title;

/** A page's title as the layout's template makes it. */
export const pageTitle = (title: string) => `${title} · ${SITE_NAME}`;

export function articleMetadata({ title, description, url }: { title: string; description: string; url: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", siteName: SITE_NAME, title, description, url },
  };
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const squashed = squash(text);
  if (squashed.length <= max) return squashed;
  const cut = squashed.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * How much of a description chat apps and search results show before they cut it: about two
 * lines in WhatsApp, Slack, LinkedIn or X, and what Google prints.
 */
export const PREVIEW_DESCRIPTION_MAX = 160;

/**
 * An issue's link-preview description: the split first ("US plan and Russia support; Ukraine
 * rejects"), never cut, then the proposition it answers, cut to what previews show.
 */
export function previewDescription(split: string, proposition: string): string {
  const lead = `${split}.`;
  const rest = PREVIEW_DESCRIPTION_MAX - lead.length - 1;
  const tail = truncate(`Proposition: ${proposition}`, rest);
  return rest >= 24 && tail.length <= rest ? `${lead} ${tail}` : truncate(lead, PREVIEW_DESCRIPTION_MAX);
}
