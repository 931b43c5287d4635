/**
 * The embeddable issue card's addresses and the `<iframe>` code that shows it on another site:
 * one place for the issue page's "Embed" code and the oEmbed answer, so the two never differ.
 */
import { html } from "hono/html";
import { appUrl } from "./links";

export const EMBED_WIDTH = 600;

export function embedHref(slug: string): string {
  return `/embed/issues/${slug}`;
}

/** `<site>/oembed?url=<the page>&format=json`: where content systems ask for the card. */
export function oembedUrl(siteUrl: string, pageUrl: string): string {
  return `${appUrl(siteUrl, "oembed")}?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
}

export type CardSize = { width: number; height: number };

/**
 * The card's height at EMBED_WIDTH, estimated from its text, since a frame cannot size itself
 * to its content without a script on the host page. Rounded up: a little space below the card
 * is better than a scroll bar inside it.
 */
export function cardHeight({ title, proposition, headline, summaries }: { title: string; proposition: string; headline: string; summaries: readonly string[] }): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  const header = 64 + 30 * lines(title, 36) + 21 * lines(proposition, 62) + 19 * lines(headline, 76);
  const positions = summaries.reduce((sum, s) => sum + 52 + 20 * lines(s, 64), 0);
  return Math.ceil((header + positions + 64) / 10) * 10;
}

/** The size to give the frame within a consumer's limits (oEmbed's maxwidth and maxheight). */
export function fitSize(size: CardSize, max: { width?: number; height?: number } = {}): CardSize {
  const width = Math.min(size.width, max.width && max.width > 0 ? max.width : Infinity);
  const height = Math.min(size.height, max.height && max.height > 0 ? max.height : Infinity);
  return { width: Math.round(width), height: Math.round(height) };
}

/** The `<iframe>` that shows the card: fluid up to its width, no border, loaded when near the screen. */
export function iframeCode({ src, title, width, height }: { src: string; title: string } & CardSize): string {
  return html`<iframe src="${src}" title="${title}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;border:0" loading="lazy"></iframe>`.toString();
}
