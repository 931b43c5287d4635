import Link from "next/link";
import { formatSourceDate, plural, sourceByline } from "@/lib/format";
import { sourceHref } from "@/lib/site/links";
import type { SourceUse } from "@/lib/source/citation-index";
import type { Source } from "@/lib/data/schema";
import { SOURCE_KIND_INFO } from "@/lib/data/vocab";

/** "12 passages cited by 9 cells and 2 timeline events". */
export function citedLine(use: SourceUse): string {
  if (use.passages === 0) return "No passage of it is cited yet.";
  const by = [use.cells && plural(use.cells, "cell"), use.events && plural(use.events, "timeline event")].filter(Boolean);
  return `${plural(use.passages, "passage")} cited by ${by.join(" and ")}.`;
}

/**
 * A source's title and what is known of it: says so where the original address is unknown or the
 * text names no author, names the parties it speaks for, and lists its known problems.
 */
export type ShownProblem = { note: string; recordedUnder?: { id: string; title: string } | undefined };

export function SourceMeta({ source, use, speaksFor, problems }: { source: Source; use: SourceUse; speaksFor: string[]; problems: ShownProblem[] }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">By</dt>
        <dd>{sourceByline(source)}</dd>
        <dt className="font-medium">Date</dt>
        <dd>
          {formatSourceDate(source.date)}
          {source.date.note && <span className="text-slate-600 dark:text-slate-300"> ({source.date.note})</span>}
        </dd>
        <dt className="font-medium">Kind</dt>
        <dd>
          {SOURCE_KIND_INFO[source.kind].label}
          {speaksFor.length > 0 && <>, of {speaksFor.join(" and ")}</>}
          <span className="text-slate-600 dark:text-slate-300">: {SOURCE_KIND_INFO[source.kind].meaning}</span>
        </dd>
        <dt className="font-medium">Original</dt>
        <dd className="break-all">
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-4">
              {source.url}
            </a>
          ) : (
            "Original address unknown"
          )}
        </dd>
        <dt className="font-medium">Cited</dt>
        <dd>{citedLine(use)}</dd>
      </dl>
      {source.notes && <p className="text-sm text-slate-600 dark:text-slate-300">{source.notes}</p>}
      <section aria-labelledby="known-problems" className="text-sm">
        <h2 id="known-problems" className="font-medium">
          Known problems
        </h2>
        {problems.length > 0 ? (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-200">
            {problems.map((p) => (
              <li key={p.note}>
                {p.recordedUnder && (
                  <>
                    Noted under{" "}
                    <Link href={sourceHref(p.recordedUnder.id)} className="underline underline-offset-4">
                      {p.recordedUnder.title}
                    </Link>
                    :{" "}
                  </>
                )}
                {p.note}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600 dark:text-slate-300">None known.</p>
        )}
      </section>
    </header>
  );
}
