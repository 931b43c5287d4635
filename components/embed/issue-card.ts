/**
 * The embeddable issue card as one HTML document: its style inline, and one small same-origin
 * script (embed-scripts.ts) that applies `?theme=` and tells the host page its height. Without
 * JavaScript it still shows in any frame, light, at the height the embed code gives.
 * Every value goes through hono's `html` template, which escapes it.
 */
import { html, raw } from "hono/html";
import { STANCE_PALETTE } from "@/lib/data/stance-style";
import { STANCE_ICON_FILL, STANCE_ICON_PATHS } from "@/lib/data/stance-icons";
import { plural } from "@/lib/format";
import { shownSummary, STANCE_INFO, type Stance } from "@/lib/data/vocab";
import type { CardPosition, IssueCardData } from "@/lib/issue/card";

export type IssueCard = {
  issue: IssueCardData;
  /** The issue's own page, relative: inside the frame it resolves against this site. */
  pageHref: string;
  /** The issue page's absolute address, for the canonical link. */
  canonical: string;
  siteName: string;
  /** The dataset's edition, e.g. "Version 2026.12.2 · data as of 4 December 2025". */
  edition: string;
};

const icon = (stance: Stance) => {
  const fill = STANCE_ICON_FILL[stance];
  const strokes = STANCE_ICON_PATHS[stance].map((d) => html`<path d="${d}"/>`);
  return html`<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">${fill ? html`<path class="fill" d="${fill}"/>` : ""}${strokes}</svg>`;
};

/** What backs a position: how much its evidence weighs, in words, and how many citations carry it. */
const marks = (p: CardPosition) =>
  p.stance === "not-addressed"
    ? []
    : [...(p.strength ? [html`<span class="strength">${p.strength}</span>`] : []), html`<span>${plural(p.citations, "citation")}</span>`];

const position = (p: CardPosition) => html`<li class="${p.stance}">
<p class="row"><span class="who">${p.label}</span><span class="stance">${icon(p.stance)}${STANCE_INFO[p.stance].label}</span></p>
<p class="summary">${shownSummary(p.summary)}</p>
<p class="marks">${marks(p)}</p>
</li>`;

/** The site and what the card was built from. */
const facts = (card: IssueCard) => [html`<span>${card.siteName}</span>`, html`<span>${card.edition}</span>`];

export function issueCardDocument(card: IssueCard): string {
  const { issue } = card;
  const link = (text: string) => html`<a href="${card.pageHref}" target="_blank" rel="noopener">${text}</a>`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${card.canonical}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<title>${issue.title}: where each side stands · ${card.siteName}</title>
<style>${raw(STYLE)}</style>
<script src="/embed/card.js"></script>
</head>
<body>
<main>
<article aria-labelledby="title">
<header>
<p class="kicker">${[card.siteName, issue.category, issue.version && `Version ${issue.version}`].filter(Boolean).join(" · ")}</p>
<h1 id="title">${link(issue.title)}</h1>
<p class="proposition"><b>Proposition</b> ${issue.proposition}</p>
<p class="headline">${issue.headline}</p>
</header>
<ul aria-label="The positions">${issue.positions.map(position)}</ul>
<footer><p>${link("Every quote, on the full issue page →")}</p><p class="facts">${facts(card)}</p></footer>
</article>
</main>
</body>
</html>`.toString();
}

/** Each stance's ink, under `scope` (the root, or a themed root). */
const stanceColours = (theme: "light" | "dark", scope = "") =>
  (Object.keys(STANCE_INFO) as Stance[]).map((s) => `${scope} .${s}{--c:${STANCE_PALETTE[s][theme]}}`).join("");

/** The dark colours, for `?theme=dark`, and for `?theme=auto` when the reader's system is dark. */
const DARK = (root: string) =>
  `${root}{color-scheme:dark;--fg:#f1f5f9;--muted:#cbd5e1;--bg:#0f172a;--line:#334155;--tint:14%}${stanceColours("dark", root)}`;

// Light unless the host asks: the card should match the host page, and readers' dark mode says nothing about it.
const STYLE = `
:root{color-scheme:light;--fg:#0f172a;--muted:#475569;--bg:#fff;--line:#e2e8f0;--tint:6%}
${stanceColours("light", ":root")}
${DARK(":root[data-theme=dark]")}
@media (prefers-color-scheme:dark){${DARK(":root[data-theme=auto]")}}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
article{padding:14px 16px;border:1px solid var(--line);border-radius:8px}
p{margin:0}
.kicker{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
h1{font-size:21px;line-height:1.25;margin:4px 0 6px}
a{color:inherit;text-underline-offset:3px}
.proposition{font-size:14px;border-left:3px solid var(--line);padding-left:8px}
.proposition b{display:block;font-size:11px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.headline{font-size:13px;color:var(--muted);margin-top:6px}
ul{list-style:none;margin:10px 0 0;padding:0;display:grid;gap:6px}
li{border-left:4px solid var(--c);background:color-mix(in srgb,var(--c) var(--tint),transparent);border-radius:4px;padding:6px 10px}
.row{display:flex;justify-content:space-between;gap:8px;align-items:baseline;font-weight:600}
.stance{display:inline-flex;align-items:center;gap:4px;color:var(--c);white-space:nowrap;font-size:14px}
li.not-addressed .stance{color:var(--muted)}
svg path{fill:none;stroke:currentColor;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round}
svg path.fill{fill:currentColor;stroke:none}
.summary{font-size:14px;margin-top:2px}
.marks{font-size:12px;color:var(--muted);display:flex;gap:10px}
.marks:empty{display:none}
footer{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;margin-top:10px;font-size:13px}
.facts{color:var(--muted);display:flex;flex-wrap:wrap;gap:0 8px}
`.replace(/\n/g, "");
