import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PinnedBanner } from "@/components/pinned/pinned-banner";
import { PinnedCellCard } from "@/components/pinned/pinned-cell";
import { CiteButton } from "@/components/release/cite-button";
import { embedChoice, EmbedOffer } from "@/components/embed/embed-offer";
import { issueCard, pinnedIssueCard } from "@/lib/issue/card";
import { oembedUrl } from "@/lib/site/embed";
import { lookupIssue } from "@/lib/issue/lookup";
import { citationMeta } from "@/lib/release/citation-meta";
import { loadPublication, publicationInfo } from "@/lib/release/load";
import { findRelease, laterReleases, pinnedCells, pinnedHref, pinnedIssue } from "@/lib/release/pinned";
import { absoluteUrl, issueHref, siteUrl } from "@/lib/site/links";

type Props = { params: Promise<{ version: string; slug: string }> };

// Every issue of every release, built ahead from the release's snapshot: linear in releases × issues.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadPublication().releases.flatMap((r) => Object.keys(r.snapshot.issues).map((slug) => ({ version: r.version, slug })));
}

function findPinned({ version, slug }: { version: string; slug: string }) {
  const publication = loadPublication();
  const release = findRelease(publication.releases, version);
  const issue = release?.snapshot.issues[slug];
  const cells = release && pinnedCells(release, slug);
  if (!release || !issue || !cells) notFound();
  return { publication, release, issue, cells };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { release, issue } = findPinned(await params);
  const path = pinnedHref(release.version, { issue: (await params).slug });
  return {
    title: `${issue.title}, version ${release.version}`,
    description: `${issue.proposition} The positions as released on ${release.date}: a pinned page that never changes.`,
    // oEmbed discovery: content systems given this page's address find this version's card.
    alternates: { canonical: path, types: { "application/json+oembed": oembedUrl(siteUrl().href, absoluteUrl(path)) } },
    other: citationMeta({ title: issue.title, path, release }, siteUrl()),
  };
}

export default async function PinnedIssuePage({ params }: Props) {
  const { slug } = await params;
  const { publication, release, issue, cells } = findPinned(await params);
  const now = lookupIssue(publication.data.issues, publication.currentSlug(slug));
  const current = now.kind === "unknown" ? null : { href: issueHref(now.issue.slug), label: "Read the current page." };
  const titles = release.snapshot.sources;
  // This version's card, which never changes, or the latest, where the issue still exists.
  const site = siteUrl().href;
  const pinned = pinnedIssue(release, slug);
  const embeds = [
    ...(pinned ? [embedChoice(pinnedIssueCard(pinned), site, release.date)] : []),
    ...(now.kind === "unknown" ? [] : [embedChoice(issueCard(publication.data, now.issue), site)]),
  ];
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <PinnedBanner version={release.version} date={release.date} later={laterReleases(publication.history, release.version)} current={current} />
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <a href={pinnedHref(release.version)} className="underline underline-offset-4">
            <span aria-hidden="true">← </span>The matrix at version {release.version}
          </a>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <h1 className="text-3xl font-semibold tracking-tight">{issue.title}</h1>
          <div className="flex flex-wrap gap-2">
            <CiteButton target={{ kind: "issue", issue: slug, title: issue.title }} info={publicationInfo(publication)} pinned={{ version: release.version, date: release.date }} />
            <EmbedOffer slug={slug} choices={embeds} />
          </div>
        </div>
        <p className="rounded border-l-4 border-slate-400 bg-slate-50 px-4 py-2 dark:bg-slate-800">
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">The proposition the stances answer</span>
          {issue.proposition}
        </p>
      </header>
      {cells.map((cell) => (
        <PinnedCellCard key={cell.position} cell={cell} version={release.version} sourceTitle={(id) => titles[id] ?? id} />
      ))}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        A release records each cell&apos;s stance, summary and quotes; the evidence-strength ratings, categories and the
        sources&apos; full texts are on the current pages.
      </p>
    </article>
  );
}
