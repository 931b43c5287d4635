import { loadDataset } from "@/lib/load/load";
import { cardSize, embedCode, issueCard, pinnedIssueCard, type IssueCardData } from "@/lib/issue/card";
import { lookupIssue } from "@/lib/issue/lookup";
import { parseTheme } from "@/lib/site/embed";
import { loadPublication } from "@/lib/release/load";
import { findRelease, pinnedHref, pinnedIssue } from "@/lib/release/pinned";
import { absoluteUrl, issueHref, siteUrl } from "@/lib/site/links";
import { SITE_NAME } from "@/lib/site/metadata";

// oEmbed 1.0 (oembed.com): content systems that find the issue page's discovery link ask here
// for the card's <iframe> code. Answers on demand: it reads the query.
export const dynamic = "force-dynamic";

const error = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The card for an issue page or the card itself: the latest (a former slug finds the issue it was
 * renamed to), or a release's (`/v/<version>/issues/<slug>`), which never changes.
 */
function cardAt(pathname: string): { card: IssueCardData; page: string } | null {
  const [, version, slug] = /^\/(?:embed\/)?(?:v\/([\w.]+)\/)?issues\/([\w-]+)\/?$/.exec(pathname) ?? [];
  if (!slug) return null;
  if (version) {
    const release = findRelease(loadPublication().releases, version);
    const issue = release && pinnedIssue(release, slug);
    return issue ? { card: pinnedIssueCard(issue), page: pinnedHref(version, { issue: slug }) } : null;
  }
  const data = loadDataset();
  const found = lookupIssue(data.issues, slug);
  return found.kind === "unknown" ? null : { card: issueCard(data, found.issue), page: issueHref(found.issue.slug) };
}

export function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  if ((query.get("format") ?? "json") !== "json") return error(501, "Only format=json is offered.");
  const asked = query.get("url");
  if (!asked) return error(400, "Give the address of an issue page: ?url=<site>/issues/<slug>");
  let pathname: string;
  try {
    pathname = new URL(asked, siteUrl()).pathname;
  } catch {
    return error(404, "Not an address.");
  }
  const found = cardAt(pathname);
  if (!found) return error(404, "No issue has that address.");

  const site = siteUrl().href;
  const { card, page } = found;
  // The height is the card's at the width given; the host script then fits it to the card as measured.
  const size = cardSize(card, { width: Number(query.get("maxwidth")), height: Number(query.get("maxheight")) });
  return Response.json(
    {
      version: "1.0",
      type: "rich",
      provider_name: SITE_NAME,
      provider_url: site,
      title: card.title,
      html: embedCode(card, site, { size, theme: parseTheme(query.get("theme")) }),
      width: size.width,
      height: size.height,
      cache_age: 86400,
      // Not in the standard, but read by several consumers: the issue's own page.
      url: absoluteUrl(page),
    },
    { headers: { "Access-Control-Allow-Origin": "*" } },
  );
}
