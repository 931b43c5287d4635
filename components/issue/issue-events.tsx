import { PassageLinks } from "@/components/source/passage-links";
import { formatPartialDate, type SourceCaption } from "@/lib/format";
import { eventHref } from "@/lib/site/links";
import type { ResolvedEvent } from "@/lib/data/schema";

/** The timeline's events for one issue, each linking to the timeline and to its cited passages. */
export function IssueEvents({ events, sources }: { events: ResolvedEvent[]; sources: Map<string, SourceCaption> }) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="text-xl font-semibold">
        On the timeline
      </h2>
      <ol className="mt-3 space-y-3 border-l border-slate-300 pl-4 dark:border-slate-600">
        {events.map((e) => (
          <li key={e.id}>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
            </p>
            {/* A full load, so that the event is the :target and is emphasised on arrival. */}
            <a href={eventHref(e.id)} className="font-medium underline underline-offset-4">
              {e.title}
            </a>
            <p className="text-sm">{e.description}</p>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Sources: <PassageLinks citations={e.citations} sources={sources} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
