import type { Metadata } from "next";
import { loadDataset } from "@/lib/load-data";
import { CITATION_KIND_INFO, CITATION_KINDS, STANCE_INFO, STANCES } from "@/lib/vocab";

export const metadata: Metadata = {
  title: "About the data",
  description: "What the stance codes mean, what the corpus is and is not, and how to add a source or a cell.",
  alternates: { canonical: "/about" },
};

export default function AboutPage() {
  const { sources, issues, positions } = loadDataset();
  return (
    <article className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">About the data</h1>
      <p>
        The matrix compares {positions.length} positions on {issues.length} issues. Every cell states, briefly and in our
        own neutral words, what a party holds or proposes on an issue, with a stance code and the exact passages of the{" "}
        {sources.length} source texts that support it. Where no source speaks to an issue for a party, the cell says
        &ldquo;not addressed in the sources&rdquo;: nothing is inferred from silence or filled in from general knowledge.
      </p>
      <h2 className="text-xl font-semibold">Stance codes</h2>
      <p>Each issue states a proposition; a stance says how a party stands towards it.</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {STANCES.map((s) => (
          <div key={s} className="contents">
            <dt className="font-medium">
              <span aria-hidden="true">{STANCE_INFO[s].icon}</span> {STANCE_INFO[s].label}
            </dt>
            <dd>{STANCE_INFO[s].meaning}</dd>
          </div>
        ))}
      </dl>
      <h2 className="text-xl font-semibold">Kinds of citation</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {CITATION_KINDS.map((k) => (
          <div key={k} className="contents">
            <dt className="font-medium">{CITATION_KIND_INFO[k].label}</dt>
            <dd>{CITATION_KIND_INFO[k].meaning}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
