/**
 * A prerendered page's head with another link preview: the shared view of the matrix is the
 * prerendered matrix, sent with the title, description and address of the view its link names.
 * A string edit of the head, so that a shared view costs no render. Pure.
 */

export type PreviewHead = { title: string; description: string; url: string };

const PREVIEW_TAGS = [
  /<meta (?:name|property)="(?:description|og:title|og:description|og:url|twitter:title|twitter:description)" content="[^"]*"\/>/g,
  /<link rel="canonical" href="[^"]*"\/>/g,
];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * `html` made ready for any preview, split where the preview goes: its own preview tags taken out
 * once, so that each shared view's document is a few strings joined (no search of the page per
 * request). `head(preview)` gives the page up to `</head>` with the preview's title (as `pageTitle`
 * makes it) and meta tags; `rest`, the same for every preview, the page from `</head>` on, so that a
 * caller may keep it as bytes. A page without a head is all `head`, unchanged.
 */
export function previewTemplate(html: string, pageTitle: (title: string) => string): { head: (preview: PreviewHead) => string; rest: string } {
  const end = html.indexOf("</head>");
  if (end < 0) return { head: () => html, rest: "" };
  let head = html.slice(0, end);
  for (const tag of PREVIEW_TAGS) head = head.replace(tag, "");
  const title = /<title>[^<]*<\/title>/.exec(head);
  const [before, after] = title ? [head.slice(0, title.index), head.slice(title.index + title[0].length)] : [head, ""];
  return {
    rest: html.slice(end),
    head: (preview) => {
      const [t, d, u] = [preview.title, preview.description, preview.url].map(escapeHtml);
      const tags = [
        title ? `<title>${escapeHtml(pageTitle(preview.title))}</title>` : "",
        after,
        `<meta name="description" content="${d}"/>`,
        `<link rel="canonical" href="${u}"/>`,
        `<meta property="og:title" content="${t}"/>`,
        `<meta property="og:description" content="${d}"/>`,
        `<meta property="og:url" content="${u}"/>`,
        `<meta name="twitter:title" content="${t}"/>`,
        `<meta name="twitter:description" content="${d}"/>`,
      ];
      return before + tags.join("");
    },
  };
}

/** `html` with the preview's title and meta tags in its head (see previewTemplate, which keeps the work for the next preview). */
export function withPreviewHead(html: string, preview: PreviewHead, pageTitle: (title: string) => string): string {
  const template = previewTemplate(html, pageTitle);
  return template.head(preview) + template.rest;
}
