import type { Metadata } from "next";
import { SourceList } from "@/components/source/source-list";
import { citedPassagesBySource, sourceUse } from "@/lib/source/citation-index";
import { loadDataset } from "@/lib/load/load";
import { coverage } from "@/lib/data/coverage";
import { SOURCE_KIND_INFO, type SourceKind } from "@/lib/data/vocab";

const SOURCE_KIND_GROUPS: { kind: SourceKind; title: string }[] = [
  { kind: "own-statement", title: "The parties' own statements" },
  { kind: "news-report", title: "News reports" },
  { kind: "analysis", title: "Analysis" },
];

export const metadata: Metadata = {
  title: "Sources",
  description: "The corpus every quote in the matrix is copied from: each text in full, with its cited passages highlighted.",
  alternates: { canonical: "/sources" },
};

export default function SourcesPage() {
  const data = loadDataset();
  const index = citedPassagesBySource(data);
  const usage = (id: string) => sourceUse(index.get(id));
  const byUse = (a: { id: string }, b: { id: string }) => usage(b.id).citations - usage(a.id).citations;
  const total = coverage(data).citations;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Sources</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          Every quote in the matrix and the timeline ({total} citations) is copied verbatim from one of these{" "}
          {data.sources.length} texts, and the build checks it. Open a source to read it in full with every cited passage
          highlighted. The plans&apos; own texts are not among them: the articles describe them.
        </p>
      </header>
      {SOURCE_KIND_GROUPS.map((g) => (
        <SourceList
          key={g.kind}
          title={g.title}
          intro={SOURCE_KIND_INFO[g.kind].meaning}
          sources={data.sources.filter((s) => s.kind === g.kind).sort(byUse)}
          usageOf={usage}
        />
      ))}
    </div>
  );
}
