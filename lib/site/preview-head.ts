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

/** `html` with the preview's title (as `pageTitle` makes it) and meta tags in its head; unchanged without a head. */
export function withPreviewHead(html: string, { title, description, url }: PreviewHead, pageTitle: (title: string) => string): string {
  const end = html.indexOf("</head>");
  if (end < 0) return html;
  let head = html.slice(0, end);
  for (const tag of PREVIEW_TAGS) head = head.replace(tag, "");
  const [t, d, u] = [title, description, url].map(escapeHtml);
  head = head.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(pageTitle(title))}</title>`);
  const tags = [
    `<meta name="description" content="${d}"/>`,
    `<link rel="canonical" href="${u}"/>`,
    `<meta property="og:title" content="${t}"/>`,
    `<meta property="og:description" content="${d}"/>`,
    `<meta property="og:url" content="${u}"/>`,
    `<meta name="twitter:title" content="${t}"/>`,
    `<meta name="twitter:description" content="${d}"/>`,
  ];
  return head + tags.join("") + html.slice(end);
}
