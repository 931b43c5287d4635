import type { ReportTarget } from "@/lib/site/config";
import { reportBody, reportHref, type ReportSubject } from "@/lib/release/report";

const LINK = "underline underline-offset-2";

/**
 * "Report an error": a link that opens a prefilled report at the configured address. Where
 * none is configured, it unfolds into the report's text and says where to send it instead.
 * No script: it works the same in the evidence panel and on prerendered pages.
 */
export function ReportError({ target, subject, className = "text-sm" }: { target: ReportTarget | null; subject: ReportSubject; className?: string }) {
  if (target)
    return (
      <a href={reportHref(target, subject)} rel="noopener noreferrer" target="_blank" className={`no-print ${LINK} ${className}`}>
        Report an error<span className="sr-only"> in {subject.what} (opens a prefilled report)</span>
      </a>
    );
  return (
    <details className={`no-print ${className}`}>
      <summary className={`cursor-pointer ${LINK}`}>
        Report an error<span className="sr-only"> in {subject.what}</span>
      </summary>
      <div className="mt-2 space-y-2 rounded border border-slate-300 p-3 dark:border-slate-600">
        <p>
          No address for reports is set up on this copy of the site. Copy the report below and send it to whoever
          published it; the <a href="/about#corrections" className={LINK}>corrections policy</a> says what happens next.
        </p>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap dark:bg-slate-800">
          {reportBody(subject)}
        </pre>
      </div>
    </details>
  );
}
