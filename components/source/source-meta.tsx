import { formatSourceDate, plural, sourceByline } from "@/lib/format";
import type { SourceUse } from "@/lib/source/citation-index";
import type { Source } from "@/lib/data/schema";
import { SOURCE_KIND_LABELS } from "@/lib/data/vocab";

/** "12 passages cited by 9 cells and 2 timeline events". */
export function citedLine(use: SourceUse): string {
  if (use.passages === 0) return "No passage of it is cited yet.";
  const by = [use.cells && plural(use.cells, "cell"), use.events && plural(use.events, "timeline event")].filter(Boolean);
  return `${plural(use.passages, "passage")} cited by ${by.join(" and ")}.`;
}

/** A source's title and what is known of it; says so where the original address is unknown. */
export function SourceMeta({ source, use }: { source: Source; use: SourceUse }) {
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
          {SOURCE_KIND_LABELS[source.kind]} · {source.primary ? "primary: a party's own text" : "secondary reporting"}
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
    </header>
  );
}
