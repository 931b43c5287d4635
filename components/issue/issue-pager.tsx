import { issueHref } from "@/lib/site/links";
import type { ResolvedIssue } from "@/lib/data/schema";
import { QueryLink } from "@/components/ui/query-link";

/** What the pager needs of the issue before or after: so a page hands it no more. */
export type Neighbour = Pick<ResolvedIssue, "slug" | "title">;

/** Previous and next issue in the matrix's order, keeping the matrix's view settings. */
export function IssuePager({ previous, next }: { previous?: Neighbour; next?: Neighbour }) {
  if (!previous && !next) return null;
  const box = "block rounded border border-slate-200 p-3 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Other issues" className="no-print grid gap-3 sm:grid-cols-2">
      {previous ? (
        <QueryLink href={issueHref(previous.slug)} rel="prev" className={box}>
          <span className="block text-sm text-slate-600 dark:text-slate-300">← Previous issue</span>
          <span className="font-medium">{previous.title}</span>
        </QueryLink>
      ) : (
        <span />
      )}
      {next && (
        <QueryLink href={issueHref(next.slug)} rel="next" className={`${box} sm:text-right`}>
          <span className="block text-sm text-slate-600 dark:text-slate-300">Next issue →</span>
          <span className="font-medium">{next.title}</span>
        </QueryLink>
      )}
    </nav>
  );
}
