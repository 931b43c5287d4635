import { issueCardDocument } from "@/components/embed/issue-card";
import { pinnedIssueCard } from "@/lib/issue/card";
import { formatPartialDate } from "@/lib/format";
import { loadPublication } from "@/lib/release/load";
import { findRelease, pinnedHref, pinnedIssue } from "@/lib/release/pinned";
import { absoluteUrl } from "@/lib/site/links";
import { SITE_NAME } from "@/lib/site/metadata";

// The card of an issue as a release recorded it: built ahead for every issue of every release,
// from the snapshot alone, so that it never changes, like the pinned page it links to. Under
// /embed/, the only prefix other sites may frame (proxy.ts lets only a card the build made be framed).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadPublication().releases.flatMap((r) => Object.keys(r.snapshot.issues).map((slug) => ({ version: r.version, slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/v/[version]/issues/[slug]">) {
  const { version, slug } = await params;
  const release = findRelease(loadPublication().releases, version);
  const issue = release && pinnedIssue(release, slug);
  if (!release || !issue) return new Response("No such issue at that version", { status: 404 });
  const page = pinnedHref(version, { issue: slug });
  const document = issueCardDocument({
    issue: pinnedIssueCard(issue),
    pageHref: page,
    canonical: absoluteUrl(page),
    siteName: SITE_NAME,
    edition: `Version ${version} as released on ${formatPartialDate(release.date)}: it never changes`,
  });
  return new Response(document, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
