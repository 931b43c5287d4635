import { describe, expect, it } from "vitest";
import { previewTemplate, withPreviewHead } from "./preview-head";

const page =
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>Site</title><meta name="description" content="The site"/>` +
  `<meta property="og:title" content="Site"/><meta property="og:image" content="http://x/opengraph-image"/>` +
  `<meta name="twitter:card" content="summary_large_image"/><script>boot()</script></head><body><main>Site</main></body></html>`;
const preview = { title: "Russia vs Ukraine: 3 issues", description: "They diverge on 3.", url: "http://x/?cols=russia,ukraine" };

describe("withPreviewHead", () => {
  it("names the view in the title, the description and the address, once each", () => {
    const html = withPreviewHead(page, preview, (t) => `${t} · Matrix`);
    expect(html).toContain("<title>Russia vs Ukraine: 3 issues · Matrix</title>");
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain(`<meta name="description" content="They diverge on 3."/>`);
    expect(html).toContain(`<meta property="og:title" content="Russia vs Ukraine: 3 issues"/>`);
    expect(html).toContain(`<meta property="og:url" content="http://x/?cols=russia,ukraine"/>`);
    expect(html).toContain(`<link rel="canonical" href="http://x/?cols=russia,ukraine"/>`);
    expect(html).not.toContain(`content="Site"`);
  });

  it("keeps everything else, the scripts (and so their hashes) and the body included", () => {
    const html = withPreviewHead(page, preview, (t) => `${t} · Matrix`);
    expect(html).toContain(`<meta property="og:image" content="http://x/opengraph-image"/>`);
    expect(html).toContain("<script>boot()</script>");
    expect(html.slice(html.indexOf("</head>"))).toBe(page.slice(page.indexOf("</head>")));
  });

  it("shows hostile text as text", () => {
    const html = withPreviewHead(page, { ...preview, title: `"><script>alert(1)</script>`, description: "$& $1" }, (t) => `${t} · Matrix`);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(`content="$&amp; $1"`);
  });

  it("leaves a document without a head as it is", () => {
    expect(withPreviewHead("<p>no head</p>", preview, (t) => `${t} · Matrix`)).toBe("<p>no head</p>");
  });
});

describe("previewTemplate", () => {
  it("splits the page where the preview goes: a head per preview, the rest the same for all", () => {
    const other = { title: "Crimea <b>", description: "Only Crimea & more.", url: "http://x/?q=crimea" };
    const template = previewTemplate(page, (t) => `${t} · Matrix`);
    expect(template.rest.startsWith("</head>")).toBe(true);
    expect(page.endsWith(template.rest)).toBe(true);
    expect(template.head(other)).toContain("<title>Crimea &lt;b&gt; · Matrix</title>");
    expect(template.head(other)).toContain('<meta property="og:url" content="http://x/?q=crimea"/>');
    expect(template.head(preview)).not.toContain("Crimea");
    expect(template.head(other) + template.rest).toBe(withPreviewHead(page, other, (t) => `${t} · Matrix`));
  });

  it("leaves a page without a head as it is", () => {
    const template = previewTemplate("<p>no head</p>", (t) => t);
    expect(template.head(preview) + template.rest).toBe("<p>no head</p>");
  });
});
