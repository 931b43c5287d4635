import { issueCardDocument } from "@/components/embed/issue-card";
import { loadDataset } from "@/lib/load/load";
import { editionWords } from "@/lib/release/edition";
import { loadPublication } from "@/lib/release/load";
import { issueCard } from "@/lib/issue/card";
import { issueHref, issueUrl, siteUrl } from "@/lib/site/links";
import { SITE_NAME } from "@/lib/site/metadata";

// Every card is built ahead, like the issue pages; other slugs are a 404. The only route other
// sites may frame (proxy.ts and next.config.ts set its headers); it has no script at all.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadDataset().issues.map((i) => ({ slug: i.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/issues/[slug]">) {
  const { slug } = await params;
  const data = loadDataset();
  const issue = data.issues.find((i) => i.slug === slug);
  if (!issue) return new Response("No such issue", { status: 404 });
  const document = issueCardDocument({
    issue: issueCard(data, issue),
    pageHref: issueHref(issue.slug),
    canonical: issueUrl(siteUrl().href, issue.slug),
    siteName: SITE_NAME,
    edition: editionWords(loadPublication().edition),
  });
  return new Response(document, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
