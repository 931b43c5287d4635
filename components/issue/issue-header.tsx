import type { Category, ResolvedIssue } from "@/lib/data/schema";
import { QueryLink } from "@/components/ui/query-link";
import { ShareButton } from "./share-button";

/** `actions` sit beside the share buttons (the issue page's "Embed"). */
export function IssueHeader({ issue, category, summary, actions }: { issue: ResolvedIssue; category: Category | undefined; summary: string; actions?: React.ReactNode }) {
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="no-print flex flex-wrap items-center gap-x-3 text-sm">
        <QueryLink href="/" className="underline underline-offset-4">
          <span aria-hidden="true">← </span>Back to the matrix
        </QueryLink>
        {category && <span className="text-slate-600 dark:text-slate-300">Category: {category.title}</span>}
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{issue.title}</h1>
        <div className="flex flex-wrap items-start gap-2">
          <ShareButton title={issue.title} text={summary} />
          {actions}
        </div>
      </div>
      <p className="text-lg text-slate-700 dark:text-slate-200">{issue.definition}</p>
      <p className="rounded border-l-4 border-slate-400 bg-slate-50 px-4 py-2 dark:bg-slate-800">
        <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          The proposition the stances answer
        </span>
        {issue.proposition}
      </p>
    </header>
  );
}
