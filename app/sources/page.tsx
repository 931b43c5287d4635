import type { Metadata } from "next";
import { SourceList } from "@/components/source/source-list";
import { citedPassagesBySource, sourceUse } from "@/lib/source/citation-index";
import { loadDataset } from "@/lib/data/load";
import { coverage } from "@/lib/data/coverage";

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
      <SourceList
        title="Primary sources"
        intro="The parties' own published statements."
        sources={data.sources.filter((s) => s.primary).sort(byUse)}
        usageOf={usage}
      />
      <SourceList
        title="Secondary reporting and analysis"
        intro="Articles that report or analyse what the parties hold or propose."
        sources={data.sources.filter((s) => !s.primary).sort(byUse)}
        usageOf={usage}
      />
    </div>
  );
}
