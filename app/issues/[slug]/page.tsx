import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AgreementSummary } from "@/components/issue/agreement-summary";
import { IssueEvents } from "@/components/issue/issue-events";
import { IssueHeader } from "@/components/issue/issue-header";
import { IssuePager } from "@/components/issue/issue-pager";
import { PositionCard } from "@/components/issue/position-card";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/components/issue/preview-card";
import { EmbedOffer } from "@/components/embed/embed-offer";
import { IssueHistory } from "@/components/release/issue-history";
import { IssueActions } from "@/components/release/issue-actions";
import { sourceCaption } from "@/lib/format";
import { issueAgreement, splitInBrief } from "@/lib/issue/agreement";
import { issueNeighbours, issueRouteSlugs, lookupIssue } from "@/lib/issue/lookup";
import { previewDescription } from "@/lib/site/metadata";
import { issueHref, issueUrl, siteUrl } from "@/lib/site/links";
import { cellOf } from "@/lib/data/cells";
import { embedCode, issueCard } from "@/lib/issue/card";
import { oembedUrl } from "@/lib/site/embed";
import { loadDataset } from "@/lib/data/load";
import { articleMetadata } from "@/lib/site/metadata";
import { issueHistory } from "@/lib/release/history";
import { loadPublication, publicationInfo } from "@/lib/release/load";

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
    // oEmbed discovery: content systems given this page's address find the embeddable card.
    alternates: { ...article.alternates, types: { "application/json+oembed": oembedUrl(siteUrl().href, issueUrl(siteUrl().href, issue.slug)) } },
    // The Open Graph card serves X/Twitter too: a second image route would render every card twice.
    twitter: { card: "summary_large_image", title: issue.title, description, images: [{ url: `${url}/opengraph-image`, ...PREVIEW_SIZE, alt: PREVIEW_ALT }] },
  };
}

export default async function IssuePage({ params }: Props) {
  const { data, issue, agreement } = findIssue((await params).slug);
  const sources = new Map(data.sources.map((s) => [s.id, sourceCaption(s)]));
  const { previous, next } = issueNeighbours(data.issues, issue.slug);
  const publication = loadPublication();
  const info = publicationInfo(publication);
  const history = issueHistory(publication.history, issue.slug, publication.currentSlug);
  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <IssueHeader
        issue={issue}
        category={data.categories.find((c) => c.slug === issue.category)}
        summary={agreement.headline}
        actions={<EmbedOffer slug={issue.slug} code={embedCode(issueCard(data, issue), siteUrl().href)} />}
      />
      <IssueActions issue={issue} info={info} />
      <AgreementSummary agreement={agreement} />
      <section aria-labelledby="positions-heading" className="space-y-4">
        <h2 id="positions-heading" className="text-xl font-semibold">
          The positions
        </h2>
        {data.positions.map((p) => (
          <PositionCard key={p.slug} position={p} cell={cellOf(issue, p.slug)} sources={sources} info={info} title={issue.title} />
        ))}
      </section>
      <IssueEvents events={data.events.filter((e) => e.issues.includes(issue.slug))} sources={sources} />
      <IssueHistory entries={history} first={publication.history[0]} current={publication.currentSlug} />
      <IssuePager previous={previous} next={next} />
    </article>
  );
}
