import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PinnedBanner } from "@/components/pinned/pinned-banner";
import { StanceBadge } from "@/components/ui/stance-badge";
import { citationMeta } from "@/lib/release/citation-meta";
import { DATASET_TITLE } from "@/lib/release/cite";
import { loadPublication } from "@/lib/release/load";
import { findRelease, laterReleases, pinnedCells, pinnedHref } from "@/lib/release/pinned";
import { siteUrl } from "@/lib/site/links";

type Props = { params: Promise<{ version: string }> };

// One page per release, built ahead from its snapshot alone; any other version is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadPublication().releases.map((r) => ({ version: r.version }));
}

function findPinned(version: string) {
  const publication = loadPublication();
  const release = findRelease(publication.releases, version);
  if (!release) notFound();
  return { publication, release };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { release } = findPinned((await params).version);
  const path = pinnedHref(release.version);
  return {
    title: `The matrix, version ${release.version}`,
    description: `${DATASET_TITLE}, as released on ${release.date}: a pinned page that never changes.`,
    alternates: { canonical: path },
    other: citationMeta({ title: `${DATASET_TITLE}, version ${release.version}`, path, release }, siteUrl()),
  };
}

/** The matrix as a release recorded it: plain HTML, no script, every cell linking to its pinned issue page. */
export default async function PinnedMatrixPage({ params }: Props) {
  const { publication, release } = findPinned((await params).version);
  const { positions, issues } = release.snapshot;
  return (
    <>
      <PinnedBanner version={release.version} date={release.date} later={laterReleases(publication.history, release.version)} current={{ href: "/", label: "Open the current matrix." }} />
      <h1 className="text-2xl font-semibold tracking-tight">Where each side stood, version {release.version}</h1>
      <p className="mt-1 mb-4 max-w-prose text-slate-700 dark:text-slate-300">{release.note}</p>
      <div role="region" aria-label={`The matrix, version ${release.version}`} tabIndex={0} className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Each issue&apos;s stance by position at version {release.version}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-600">
                Issue
              </th>
              {Object.entries(positions).map(([slug, label]) => (
                <th key={slug} scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-600">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Object.entries(issues).map(([slug, issue]) => (
              <tr key={slug} className="align-top">
                <th scope="row" className="pinned-issue">
                  <a href={pinnedHref(release.version, { issue: slug })} className="underline underline-offset-2">
                    {issue.title}
                  </a>
                </th>
                {(pinnedCells(release, slug) ?? []).map((cell) => (
                  <td key={cell.position} className="pinned-cell">
                    <a href={pinnedHref(release.version, { issue: slug, position: cell.position })} aria-label={`${issue.title}, ${cell.label}`}>
                      <StanceBadge stance={cell.stance} />
                    </a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
