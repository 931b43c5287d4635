import Link from "next/link";
import { issueHref } from "@/lib/site/links";
import type { Category, Position, ResolvedIssue } from "@/lib/data/schema";
import { StanceIcon } from "@/components/ui/stance-icon";
import { cellOf } from "@/lib/data/cells";
import { STANCE_INFO } from "@/lib/data/vocab";

/** Every issue by category, with each position's stance in brief: a plain, linkable table of contents. */
export function IssueIndex({ issues, categories, positions }: { issues: ResolvedIssue[]; categories: Category[]; positions: Position[] }) {
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Issues</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          {issues.length} issues in dispute. Each has its own page with every position in full and the passages that support it.
        </p>
      </header>
      {categories.map((category) => {
        const own = issues.filter((i) => i.category === category.slug);
        if (own.length === 0) return null;
        return (
          <section key={category.slug} aria-labelledby={`category-${category.slug}`}>
            <h2 id={`category-${category.slug}`} className="text-xl font-semibold">
              {category.title}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-300">{category.description}</p>
            <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
              {own.map((issue) => (
                <li key={issue.slug} className="py-2">
                  <Link href={issueHref(issue.slug)} className="font-medium underline underline-offset-4">
                    {issue.title}
                  </Link>
                  <p className="text-sm">{issue.definition}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-300">
                    {positions.map((p) => {
                      const { stance } = cellOf(issue, p.slug);
                      return (
                        <span key={p.slug} className="inline-flex items-center gap-1">
                          {p.shortLabel}: <StanceIcon stance={stance} size={12} /> {STANCE_INFO[stance].label}
                        </span>
                      );
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
