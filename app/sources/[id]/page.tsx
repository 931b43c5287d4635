import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceMeta, citedLine } from "@/components/source/source-meta";
import { SourceText } from "@/components/source/source-text";
import { citedPassagesBySource, sourceUse } from "@/lib/source/citation-index";
import { formatSourceDate, sourceByline } from "@/lib/format";
import { siteUrl, sourceHref } from "@/lib/site/links";
import { citationMeta } from "@/lib/release/citation-meta";
import { loadPublication } from "@/lib/release/load";
import { loadDataset } from "@/lib/load/load";
import { knownProblems } from "@/lib/data/known-problems";
import { articleMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ id: string }> };

// Built ahead for every source; any other id is a routing-level 404 (see app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return loadDataset().sources.map((s) => ({ id: s.id }));
}

function findSource(id: string) {
  const data = loadDataset();
  const source = data.sources.find((s) => s.id === id);
  if (!source) notFound();
  const passages = citedPassagesBySource(data).get(id) ?? [];
  const speaksFor = source.statementOf.map((slug) => data.positions.find((p) => p.slug === slug)?.label ?? slug);
  const titleOf = (sourceId: string) => data.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  const problems = (knownProblems(data.sources).get(id) ?? []).map((p) => ({ ...p, recordedUnder: p.recordedUnder ? { id: p.recordedUnder, title: titleOf(p.recordedUnder) } : undefined }));
  return { source, passages, use: sourceUse(passages), speaksFor, problems };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { source, use } = findSource((await params).id);
  const description = `${sourceByline(source)}, ${formatSourceDate(source.date)}. ${citedLine(use)}`;
  const url = sourceHref(source.id);
  const { release } = loadPublication().edition;
  return {
    ...articleMetadata({ title: source.title, description, url }),
    other: citationMeta({ title: source.title, path: url, release, source: { author: source.author, publisher: source.publisher, date: source.date.value } }, siteUrl()),
  };
}

export default async function SourcePage({ params }: Props) {
  const { source, passages, use, speaksFor, problems } = findSource((await params).id);
  return (
    <article className="mx-auto max-w-6xl space-y-8">
      <SourceMeta source={source} use={use} speaksFor={speaksFor} problems={problems} />
      <section aria-label="Full text">
        <SourceText source={source} passages={passages} />
      </section>
    </article>
  );
}
