import type { CellChange, SnapshotDiff } from "@/lib/release/diff";
import { cellDetails, issueChangeLine, positionChangeLine, stanceLine } from "@/lib/release/describe";
import { issueHref } from "@/lib/site/links";
import { pinnedHref } from "@/lib/release/pinned";
import { plural } from "@/lib/format";
import { StanceBadge } from "@/components/ui/stance-badge";

const LINK = "underline underline-offset-2";
const MUTED = "text-slate-600 dark:text-slate-300";

function Quotes({ label, quotes }: { label: string; quotes: CellChange["added"] }) {
  if (quotes.length === 0) return null;
  return (
    <div>
      <p className="font-medium">{label}</p>
      <ul className="list-disc space-y-1 pl-5">
        {quotes.map((q) => (
          <li key={`${q.source}:${q.quote}`}>
            “{q.quote}”{q.speaker && <span className={MUTED}> ({q.speaker})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The old and the new of one cell: stance, summary and the quotes that came and went. */
export function CellChangeDetails({ change }: { change: CellChange }) {
  return (
    <div className="mt-2 space-y-2 text-sm">
      {change.kind === "changed" && (change.stanceChanged || change.summaryChanged) && (
        <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Before</dt>
          <dd>
            <StanceBadge stance={change.before.stance} className="mr-2" />
            {change.before.summary}
          </dd>
          <dt className="font-medium">After</dt>
          <dd>
            <StanceBadge stance={change.after.stance} className="mr-2" />
            {change.after.summary}
          </dd>
        </dl>
      )}
      {change.kind === "added" && <p>{change.after.summary}</p>}
      <Quotes label="Quotes added" quotes={change.kind === "added" ? change.after.citations : change.added} />
      <Quotes label="Quotes removed" quotes={change.removed} />
      <Quotes label="Quotes attributed anew" quotes={change.reattributed.map((r) => r.after)} />
    </div>
  );
}

/**
 * One changed cell: issue × position, old → new stance, a link to the cell, what else changed,
 * and a link to the cell as the release that made the change left it (`version`).
 */
export function CellChangeItem({
  change,
  current,
  version,
  showIssue = true,
}: {
  change: CellChange;
  current: (slug: string) => string;
  /** The release that made the change; none for changes no release records yet. */
  version?: string;
  showIssue?: boolean;
}) {
  const details = cellDetails(change);
  return (
    <li>
      <a href={issueHref(current(change.issue), change.position)} className={`font-medium ${LINK}`}>
        {showIssue ? `${change.issueTitle} × ${change.positionLabel}` : change.positionLabel}
      </a>
      : {stanceLine(change)}
      {details.length > 0 && <span className={MUTED}>; {details.join(", ")}</span>}
      {version && (
        <>
          {" "}
          <a href={pinnedHref(version, { issue: change.issue, position: change.position })} className={`text-sm ${LINK}`}>
            as of version {version}
          </a>
        </>
      )}
      <details className="mt-1">
        <summary className={`cursor-pointer text-sm ${LINK}`}>
          Old and new<span className="sr-only">: {change.issueTitle} × {change.positionLabel}</span>
        </summary>
        <CellChangeDetails change={change} />
      </details>
    </li>
  );
}

/** Everything one release changed: positions, issues, then cells. */
export function ChangeList({ diff, current, version }: { diff: SnapshotDiff; current: (slug: string) => string; version?: string }) {
  const lines = [...diff.positions.map(positionChangeLine), ...diff.issues.map(issueChangeLine)];
  return (
    <div className="space-y-3">
      {lines.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {diff.cells.length > 0 && (
        <>
          <p className={MUTED}>{plural(diff.cells.length, "cell")} changed:</p>
          <ul className="space-y-2">
            {diff.cells.map((c) => (
              <CellChangeItem key={`${c.issue}.${c.position}`} change={c} current={current} version={version} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
