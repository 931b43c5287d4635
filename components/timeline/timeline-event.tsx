import Link from "next/link";
import { CitedQuoteList } from "@/components/source/cited-quote";
import { formatPartialDate, type SourceCaption } from "@/lib/format";
import { issueHref } from "@/lib/site/links";
import type { ResolvedEvent } from "@/lib/data/schema";

/** A dated event with its own anchor (/timeline#<id>), the issues it bears on, and its cited passages. */
export function TimelineEvent({ event, issueTitle, sources }: { event: ResolvedEvent; issueTitle: (slug: string) => string; sources: Map<string, SourceCaption> }) {
  const heading = `event-${event.id}`;
  return (
    <li id={event.id} aria-labelledby={heading} className="relative scroll-mt-4 rounded p-2 target:bg-amber-50 target:ring-2 target:ring-blue-600/40 dark:target:bg-slate-800">
      <span aria-hidden="true" className="absolute -left-[1.95rem] top-3.5 h-3 w-3 rounded-full border-2 border-white bg-slate-500 dark:border-slate-900" />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-300">
        <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
      </p>
      <h2 id={heading} className="text-lg font-semibold">
        {event.title}{" "}
        <a href={`#${event.id}`} className="text-slate-400 hover:text-slate-700 dark:hover:text-slate-200">
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to this event</span>
        </a>
      </h2>
      <p>{event.description}</p>
      {event.disagreement && (
        <p className="mt-1 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950">
          <strong className="font-semibold">Sources disagree:</strong> {event.disagreement}
        </p>
      )}
      {event.issues.length > 0 && (
        <p className="mt-1 text-sm">
          Issues:{" "}
          {event.issues.map((slug, i) => (
            <span key={slug}>
              {i > 0 && ", "}
              <Link href={issueHref(slug)} className="underline underline-offset-4">
                {issueTitle(slug)}
              </Link>
            </span>
          ))}
        </p>
      )}
      <CitedQuoteList citations={event.citations} sourceOf={(id) => sources.get(id)} label={`Sources for ${event.title}`} />
    </li>
  );
}
