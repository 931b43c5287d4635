import Link from "next/link";
import type { SourceUse } from "@/lib/source/citation-index";
import { formatSourceDate, plural, sourceByline } from "@/lib/format";
import { sourceHref } from "@/lib/site/links";
import type { Source } from "@/lib/data/schema";
import { SOURCE_KIND_LABELS } from "@/lib/data/vocab";
import { citedLine } from "./source-meta";

/** One group of sources (one kind), each with how much of the matrix cites it. */
export function SourceList({ title, intro, sources, usageOf }: { title: string; intro: string; sources: Source[]; usageOf: (id: string) => SourceUse }) {
  if (sources.length === 0) return null;
  const id = `sources-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-slate-600 dark:text-slate-300">({sources.length})</span>
      </h2>
      <p className="mt-1 text-slate-600 dark:text-slate-300">{intro}</p>
      <ul className="mt-4 space-y-3">
        {sources.map((s) => {
          const u = usageOf(s.id);
          return (
            <li key={s.id} className="rounded border border-slate-200 p-4 dark:border-slate-700">
              <h3 className="font-medium">
                <Link href={sourceHref(s.id)} className="underline underline-offset-4">
                  {s.title}
                </Link>
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {sourceByline(s)} · {formatSourceDate(s.date)} · {SOURCE_KIND_LABELS[s.kind]}
                {s.url ? "" : " · original address unknown"}
              </p>
              <p className="mt-1 text-sm">
                <span className="font-medium">{plural(u.citations, "citation")}</span>: {citedLine(u)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
