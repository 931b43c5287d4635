import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PinnedBanner } from "@/components/pinned/pinned-banner";
import { CitationKindLabel } from "@/components/source/citation-kind";
import { StanceBadge } from "@/components/ui/stance-badge";
import { plural } from "@/lib/format";
import { citationMeta } from "@/lib/release/citation-meta";
import { loadPublication } from "@/lib/release/load";
import { findRelease, laterReleases, pinnedHref, pinnedSourceUses } from "@/lib/release/pinned";
import { siteUrl, sourceHref } from "@/lib/site/links";

type Props = { params: Promise<{ version: string; id: string }> };

// Every source a release cites, built ahead from its snapshot.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadPublication().releases.flatMap((r) => Object.keys(r.snapshot.sources).map((id) => ({ version: r.version, id })));
}

function findPinned({ version, id }: { version: string; id: string }) {
  const publication = loadPublication();
  const release = findRelease(publication.releases, version);
  const title = release?.snapshot.sources[id];
  if (!release || !title) notFound();
  return { publication, release, title, uses: pinnedSourceUses(release, id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { release, title, uses } = findPinned(await params);
  const path = pinnedHref(release.version, { source: id });
  return {
    title: `${title}, as cited in version ${release.version}`,
    description: `${plural(uses.length, "quote")} cited from this source in version ${release.version} of the matrix.`,
    alternates: { canonical: path },
    other: citationMeta({ title, path, release }, siteUrl()),
  };
}

/** What a release cited from one source. A snapshot keeps the quotes, not the source's text: the current reader has that. */
export default async function PinnedSourcePage({ params }: Props) {
  const { id } = await params;
  const { publication, release, title, uses } = findPinned(await params);
  const exists = publication.data.sources.some((s) => s.id === id);
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <PinnedBanner
        version={release.version}
        date={release.date}
        later={laterReleases(publication.history, release.version)}
        current={exists ? { href: sourceHref(id), label: "Read the source's full text in the current reader." } : null}
      />
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <p>
        Version {release.version} cites {plural(uses.length, "passage")} of this source. A release records the quotes,
        not the source&apos;s text.
      </p>
      <ul className="space-y-4">
        {uses.map((u, i) => (
          <li key={i}>
            <figure className="quote">
              <blockquote>“{u.quote}”</blockquote>
              <figcaption>
                <a href={pinnedHref(release.version, { issue: u.issue, position: u.position })}>
                  {u.issueTitle} × {u.label}
                </a>
                <StanceBadge stance={u.stance} />
                {u.kind === "own-words" && u.speaker && <span className="speaker">Speaker: {u.speaker}</span>}
                <CitationKindLabel kind={u.kind} />
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </article>
  );
}
