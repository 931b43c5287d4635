import type { IssueHistoryEntry, ReleaseEntry } from "@/lib/release/history";
import { issueChangeLine } from "@/lib/release/describe";
import { releaseHref } from "@/lib/release/anchors";
import { formatPartialDate } from "@/lib/format";
import { CellChangeItem } from "./change-list";

const LINK = "underline underline-offset-2";

/** The first release, by its version and date only: all the history says of it. */
export type FirstRelease = Pick<ReleaseEntry, "version" | "date">;

/** An issue page's history: each release that changed the issue or its cells, newest first. */
export function IssueHistory({ entries, first, current }: { entries: IssueHistoryEntry[]; first: FirstRelease | undefined; current: (slug: string) => string }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xl font-semibold">
        History
      </h2>
      {entries.length === 0 ? (
        <p>
          {first ? (
            <>
              No change since the first release,{" "}
              <a href={releaseHref(first.version)} className={LINK}>
                version {first.version}
              </a>{" "}
              of {formatPartialDate(first.date)}.
            </>
          ) : (
            "No release has been recorded yet."
          )}
        </p>
      ) : (
        <ol className="space-y-4">
          {entries.map((e) => (
            <li key={e.version}>
              <p>
                <a href={releaseHref(e.version)} className={`font-medium ${LINK}`}>
                  Version {e.version}
                </a>
                , {formatPartialDate(e.date)}: {e.note}
              </p>
              {e.issue.length > 0 && (
                <ul className="list-disc pl-5">
                  {e.issue.map((c) => (
                    <li key={c.kind}>{issueChangeLine(c)}</li>
                  ))}
                </ul>
              )}
              <ul className="mt-1 space-y-2">
                {e.cells.map((c) => (
                  <CellChangeItem key={c.position} change={c} current={current} version={e.version} showIssue={false} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
