import type { ReleaseEntry } from "@/lib/release/history";
import { releaseAnchor } from "@/lib/release/anchors";
import { formatPartialDate, plural } from "@/lib/format";
import { ChangeList } from "./change-list";
import { pinnedHref } from "@/lib/release/pinned";

/** One release on the What changed page: its version, date and note, and what it changed. */
export function ReleaseSection({ entry, current }: { entry: ReleaseEntry; current: (slug: string) => string }) {
  const id = releaseAnchor(entry.version);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-2 rounded border border-slate-200 p-4 target:border-blue-600 dark:border-slate-700">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Version {entry.version}{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-300">
          released <time dateTime={entry.date}>{formatPartialDate(entry.date)}</time>
        </span>
      </h2>
      <p>{entry.note}</p>
      <p>
        <a href={pinnedHref(entry.version)} className="underline underline-offset-2">
          The matrix as released in version {entry.version}
        </a>
      </p>
      {entry.changes ? (
        <ChangeList diff={entry.changes} current={current} version={entry.version} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          The first release: {plural(entry.holds.issues, "issue")}, {plural(entry.holds.positions, "position")} and{" "}
          {plural(entry.holds.cells, "cell")} that say more than &ldquo;not addressed&rdquo;. Later releases list what changed since.
        </p>
      )}
    </section>
  );
}
