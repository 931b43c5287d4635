/**
 * The embeddable issue card's addresses and the code that shows it on another site: one place
 * for the issue page's "Embed" code and the oEmbed answer, so the two never differ.
 */
import { html } from "hono/html";
import { appUrl } from "./links";

export const EMBED_WIDTH = 600;

/** The card's colours: light unless the host asks (`?theme=`); `auto` follows the reader's setting. */
export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export function parseTheme(value: string | null | undefined): EmbedTheme {
  return EMBED_THEMES.find((t) => t === value) ?? "light";
}

/**
 * The card's address: the latest card follows each release; a version's card (the embed of that
 * release's pinned page, `/embed` + `/v/<version>/issues/<slug>`) never changes. Both under /embed/,
 * the one prefix other sites may frame (csp.ts).
 */
export function embedHref(slug: string, theme: EmbedTheme = "light", version?: string): string {
  const page = version ? `/v/${version}/issues/${slug}` : `/issues/${slug}`;
  return `/embed${page}${theme === "light" ? "" : `?theme=${theme}`}`;
}

/** The script the host page adds once, whatever the number of cards: it sizes each frame to its card. */
export const HOST_SCRIPT_HREF = "/embed/host.js";

/** `<site>/oembed?url=<the issue's page>&format=json`: where content systems ask for the card. */
export function oembedUrl(siteUrl: string, pageUrl: string): string {
  return `${appUrl(siteUrl, "oembed")}?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
}

export type CardSize = { width: number; height: number };

/** The card's frame and padding around its text, and each line's height and width per character, in px. */
const CARD_CHROME = 34;
const TEXT = {
  title: { line: 30, char: 15.7 },
  proposition: { line: 21, char: 9.1 },
  headline: { line: 19, char: 7.4 },
  summary: { line: 20, char: 8.6 },
} as const;

/**
 * The card's height at `width`, estimated from its text, for hosts without the host script (a
 * frame cannot size itself to its content) and for oEmbed. Rounded up: a little space below the
 * card is better than a scroll bar inside it. The host script replaces it with the measured height.
 */
export function cardHeight(
  { title, proposition, headline, summaries }: { title: string; proposition: string; headline: string; summaries: readonly string[] },
  width = EMBED_WIDTH,
): number {
  const text = Math.max(160, width - CARD_CHROME);
  const lines = (words: string, kind: keyof typeof TEXT, inset = 0) =>
    TEXT[kind].line * Math.max(1, Math.ceil((words.length * TEXT[kind].char) / (text - inset)));
  // Below 420 px a position's name and stance share a line less often, and the footer wraps.
  const narrow = width < 420 ? 20 : 0;
  const header = 64 + lines(title, "title") + lines(proposition, "proposition") + lines(headline, "headline");
  const positions = summaries.reduce((sum, s) => sum + 52 + narrow + lines(s, "summary", 18), 0);
  return Math.ceil((header + positions + 64 + 2 * narrow) / 10) * 10;
}

/**
 * The size to give the frame within a consumer's limits (oEmbed's maxwidth and maxheight): at a
 * narrower width the card is taller, so its height is computed for the width it will have.
 */
export function fitSize(height: (width: number) => number, max: { width?: number; height?: number } = {}): CardSize {
  const width = Math.round(Math.min(EMBED_WIDTH, max.width && max.width > 0 ? max.width : Infinity));
  return { width, height: Math.round(Math.min(height(width), max.height && max.height > 0 ? max.height : Infinity)) };
}

/**
 * The `<iframe>` that shows the card: fluid up to its width, no border, loaded when near the
 * screen, at the estimated height until the host script (if the host adds it) measures the card.
 */
export function iframeCode({ src, title, width, height }: { src: string; title: string } & CardSize): string {
  return html`<iframe src="${src}" title="${title}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;border:0" loading="lazy"></iframe>`.toString();
}

/** The host script's tag, to paste once after the card's `<iframe>`. */
export function hostScriptCode(siteUrl: string): string {
  return html`<script async src="${appUrl(siteUrl, HOST_SCRIPT_HREF)}"></script>`.toString();
}
