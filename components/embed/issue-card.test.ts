import { describe, expect, it } from "vitest";
import { issueCardDocument, type IssueCard } from "./issue-card";

const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

const card = (text: string): IssueCard => ({
  issue: {
    slug: "crimea",
    title: `Crimea ${text}`,
    proposition: `Ukraine cedes Crimea ${text}`,
    category: `Territory ${text}`,
    headline: `Opposed ${text}`,
    positions: [
      { slug: "us", label: `US plan ${text}`, stance: "supports", summary: `Yes ${text}`, citations: 2, strength: `Single report, no named author or publisher ${text}` },
      { slug: "eu", label: "Europe", stance: "not-addressed", summary: "Not addressed in the sources.", citations: 0, strength: "Not stated" },
    ],
  },
  pageHref: "/issues/crimea",
  canonical: "https://example.org/issues/crimea",
  siteName: "Positions Matrix",
  edition: `Data as of 4 December 2025, version 2026.12.2 ${text}`,
});

describe("issueCardDocument", () => {
  it("shows hostile text as text: no element or script comes from the data", () => {
    const html = issueCardDocument(card(hostile));
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script src="/embed/card.js">']);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("is one document whose only files are the icon and its own same-origin script, no inline script", () => {
    const html = issueCardDocument(card(""));
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.match(/<script\b[^>]*>[^<]*<\/script>/gi)).toEqual(['<script src="/embed/card.js"></script>']);
    expect(html).not.toMatch(/<link rel="stylesheet"/i);
    expect(html).toContain('<link rel="canonical" href="https://example.org/issues/crimea">');
  });

  it("weighs and counts the evidence of a position that speaks, and shows nothing for a silent one", () => {
    const html = issueCardDocument(card(""));
    expect(html.match(/<p class="marks">[^]*?<\/p>/g)).toEqual([
      '<p class="marks"><span class="strength">Single report, no named author or publisher </span><span>2 citations</span></p>',
      '<p class="marks"></p>',
    ]);
  });

  it("is light unless asked: dark colours only under data-theme dark, or auto with a dark system", () => {
    const style = /<style>([^<]*)<\/style>/.exec(issueCardDocument(card("")))![1]!;
    expect(style).toContain(":root{color-scheme:light;");
    expect(style).toContain(":root[data-theme=dark]{color-scheme:dark;");
    expect(style).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\[data-theme=auto\]\{color-scheme:dark;/);
    expect(style).not.toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{/);
  });

  it("names the edition of the data it was built from", () => {
    expect(issueCardDocument(card(""))).toMatch(/<p class="facts"><span>Positions Matrix<\/span><span>Data as of 4 December 2025, version 2026\.12\.2 <\/span><\/p>/);
  });

  it("names a release's card's version above its title, and weighs no evidence the release did not record", () => {
    const base = card("");
    const pinned = { ...base, issue: { ...base.issue, category: undefined, version: "2026.12.1", positions: base.issue.positions.map((p) => ({ ...p, strength: undefined })) } };
    const html = issueCardDocument(pinned);
    expect(html).toContain('<p class="kicker">Positions Matrix · Version 2026.12.1</p>');
    expect(html).not.toContain('class="strength"');
    expect(html).toContain("<span>2 citations</span>");
  });

  it("opens the issue page in a new tab, never inside the frame", () => {
    const links = issueCardDocument(card("")).match(/<a [^>]+>/g)!;
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a).toBe('<a href="/issues/crimea" target="_blank" rel="noopener">');
  });
});
