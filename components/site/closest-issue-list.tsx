import Link from "next/link";
import { issueHref } from "@/lib/site/links";

export type ClosestIssue = { slug: string; title: string };

/** The issues closest to an address that was not found; rendered on the server or in the browser. */
export function ClosestIssueList({ asked, suggestions }: { asked: string; suggestions: readonly ClosestIssue[] }) {
  const shown = asked.length > 80 ? `${asked.slice(0, 80)}…` : asked;
  return (
    <section aria-labelledby="closest-heading" className="rounded border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="closest-heading" className="font-semibold">
        Nothing is called “<span className="break-all">{shown}</span>”
      </h2>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-1">The closest issues:</p>
          <ul className="mt-2 space-y-1" aria-label="Closest issues">
            {suggestions.map((s) => (
              <li key={s.slug}>
                <Link href={issueHref(s.slug)} className="font-medium underline underline-offset-4">
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">No issue has a similar name.</p>
      )}
    </section>
  );
}
