import { loadDataset } from "@/lib/load/load";
import { cardSize, embedCode, issueCard } from "@/lib/issue/card";
import { lookupIssue } from "@/lib/issue/lookup";
import { fitSize } from "@/lib/site/embed";
import { issueUrl, siteUrl } from "@/lib/site/links";
import { SITE_NAME } from "@/lib/site/metadata";

// oEmbed 1.0 (oembed.com): content systems that find the issue page's discovery link ask here
// for the card's <iframe> code. Answers on demand: it reads the query.
export const dynamic = "force-dynamic";

const error = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

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
  // The issue page, or the card itself; a former slug finds the issue it was renamed to.
  const slug = /^\/(?:embed\/)?issues\/([\w-]+)\/?$/.exec(pathname)?.[1];
  const data = loadDataset();
  const found = slug ? lookupIssue(data.issues, slug) : ({ kind: "unknown" } as const);
  if (found.kind === "unknown") return error(404, "No issue has that address.");

  const site = siteUrl().href;
  const card = issueCard(data, found.issue);
  const size = fitSize(cardSize(card), { width: Number(query.get("maxwidth")), height: Number(query.get("maxheight")) });
  return Response.json(
    {
      version: "1.0",
      type: "rich",
      provider_name: SITE_NAME,
      provider_url: site,
      title: card.title,
      html: embedCode(card, site, size),
      width: size.width,
      height: size.height,
      cache_age: 86400,
      // Not in the standard, but read by several consumers: the issue's own page.
      url: issueUrl(site, found.issue.slug),
    },
    { headers: { "Access-Control-Allow-Origin": "*" } },
  );
}
