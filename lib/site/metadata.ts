/**
 * Metadata shared by the pages that stand for one thing (an issue, a source): its own address
 * and card, and the text of an issue's link preview.
 */
import type { Metadata } from "next";
import { squash } from "../data/quotes";

export const SITE_NAME = "Positions Matrix";

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

/** The meta description: the definition, then who stands where; at most 200 characters. */
export function previewDescription(definition: string, headline: string): string {
  return truncate(`${definition} ${headline}`, 200);
}
