import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { IssueArticle } from "@/components/issue/issue-article";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/components/issue/preview-card";
import { embedChoice, EmbedOffer } from "@/components/embed/embed-offer";
import { sourceCaption } from "@/lib/format";
import { issueAgreement, splitInBrief } from "@/lib/issue/agreement";
import { issueNeighbours, issueRouteSlugs, lookupIssue } from "@/lib/issue/lookup";
import { previewDescription } from "@/lib/site/metadata";
import { issueHref, issueUrl, siteUrl } from "@/lib/site/links";
import { cellOf } from "@/lib/data/cells";
import { issueCard, pinnedIssueCard } from "@/lib/issue/card";
import { oembedUrl } from "@/lib/site/embed";
import { loadDataset } from "@/lib/load/load";
import { articleMetadata } from "@/lib/site/metadata";
import { issueHistory } from "@/lib/release/history";
import { loadPublication, publicationInfo } from "@/lib/release/load";
import { citationMeta } from "@/lib/release/citation-meta";
import { pinnedIssue } from "@/lib/release/pinned";

type Props = { params: Promise<{ slug: string }> };

// Every page is built ahead: current slugs render, former slugs (aliases) are built as
// permanent redirects. Any other slug is a routing-level 404 answered by app/not-found.tsx,
// which Next renders as full HTML (a notFound() from an on-demand page would not be).
export const dynamicParams = false;

export function generateStaticParams() {
  return issueRouteSlugs(loadDataset().issues).map((slug) => ({ slug }));
}

function findIssue(slug: string) {
  const data = loadDataset();
  const found = lookupIssue(data.issues, slug);
  if (found.kind === "alias") permanentRedirect(issueHref(found.issue.slug));
  if (found.kind === "unknown") notFound();
  const issue = found.issue;
  const agreement = issueAgreement(data.positions, (p) => cellOf(issue, p.slug).stance);
  return { data, issue, agreement };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { issue, agreement } = findIssue((await params).slug);
  const description = previewDescription(splitInBrief(agreement), issue.proposition);
  const url = issueHref(issue.slug);
  const article = articleMetadata({ title: issue.title, description, url });
  return {
    ...article,
    // oEmbed discovery: content systems given this page's address find the embeddable card; the
    // issue's own feeds let readers follow the changes of this one issue.
    alternates: {
      ...article.alternates,
      types: {
        "application/json+oembed": oembedUrl(siteUrl().href, issueUrl(siteUrl().href, issue.slug)),
        "application/atom+xml": [{ url: `${url}/feed.atom`, title: `${issue.title}: what changed` }],
        "application/feed+json": [{ url: `${url}/feed.json`, title: `${issue.title}: what changed (JSON Feed)` }],
      },
    },
    // Highwire and Dublin Core tags: reference managers save the page as a citation by themselves.
    other: citationMeta({ title: issue.title, path: url, release: loadPublication().edition.release }, siteUrl()),
    // The Open Graph card serves X/Twitter too: a second image route would render every card twice.
    twitter: { card: "summary_large_image", title: issue.title, description, images: [{ url: `${url}/opengraph-image`, ...PREVIEW_SIZE, alt: PREVIEW_ALT }] },
  };
}

export default async function IssuePage({ params }: Props) {
  const { data, issue, agreement } = findIssue((await params).slug);
  const { previous, next } = issueNeighbours(data.issues, issue.slug);
  const publication = loadPublication();
  const first = publication.history[0];
  // Only what the article reads crosses to the browser: no source texts, no other issues' cells.
  const neighbour = (i: typeof issue | undefined) => i && { slug: i.slug, title: i.title };
  // The latest card, or the one pinned to the latest release that has this issue, which never changes.
  const latest = publication.releases.at(-1);
  const pinned = latest && pinnedIssue(latest, issue.slug);
  const site = siteUrl().href;
  const embeds = [embedChoice(issueCard(data, issue), site), ...(pinned ? [embedChoice(pinnedIssueCard(pinned), site, latest.date)] : [])];
  return (
    <IssueArticle
      issue={issue}
      category={data.categories.find((c) => c.slug === issue.category)}
      agreement={agreement}
      positions={data.positions}
      sources={new Map(data.sources.map((s) => [s.id, sourceCaption(s)]))}
      events={data.events.filter((e) => e.issues.includes(issue.slug))}
      info={publicationInfo(publication)}
      history={issueHistory(publication.history, issue.slug, publication.currentSlug)}
      first={first && { version: first.version, date: first.date }}
      previous={neighbour(previous)}
      next={neighbour(next)}
      embed={<EmbedOffer slug={issue.slug} choices={embeds} />}
    />
  );
}
