import type { Metadata } from "next";
import { TimelineEvent } from "@/components/timeline/timeline-event";
import { sourceCaption } from "@/lib/format";
import { loadDataset } from "@/lib/load/load";

export const metadata: Metadata = {
  title: "Timeline",
  description: "The dated events of the negotiations, as the sources give them, each with its cited passages.",
  alternates: { canonical: "/timeline" },
};

export default function TimelinePage() {
  const { events, issues, sources } = loadDataset();
  const titleOf = new Map(issues.map((i) => [i.slug, i.title]));
  const sourceOf = new Map(sources.map((s) => [s.id, sourceCaption(s)]));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">Timeline</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        {events.length} events, dated as the sources date them; each quote links to its passage in the source.
      </p>
      <ol className="mt-6 space-y-6 border-l-2 border-slate-300 pl-6 dark:border-slate-600">
        {events.map((e) => (
          <TimelineEvent key={e.id} event={e} issueTitle={(slug) => titleOf.get(slug) ?? slug} sources={sourceOf} />
        ))}
      </ol>
    </div>
  );
}
