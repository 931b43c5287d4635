import { formatPartialDate, plural } from "@/lib/format";
import { releaseHref } from "@/lib/release/anchors";

const LINK = "underline underline-offset-2";

/**
 * Says which release a pinned page shows, that it never changes, and where the current page and
 * the changes since are. `current` is null where the thing no longer exists (a removed issue).
 */
export function PinnedBanner({
  version,
  date,
  later,
  current,
}: {
  version: string;
  date: string;
  later: { versions: string[]; changes: number };
  current: { href: string; label: string } | null;
}) {
  const next = later.versions[0];
  return (
    <aside aria-label="Pinned version" className="mb-6 rounded border-l-4 border-blue-700 bg-blue-50 px-4 py-3 dark:border-blue-400 dark:bg-slate-800">
      <p className="font-semibold">
        Version {version}, as released <time dateTime={date}>{formatPartialDate(date)}</time>
      </p>
      <p className="mt-1 text-sm">
        A pinned page: it shows this release exactly as it was, and never changes.{" "}
        {next ? (
          <>
            Since then, {plural(later.versions.length, "release")} made {plural(later.changes, "change")}:{" "}
            <a href={releaseHref(next)} className={LINK}>
              what changed since
            </a>
            .
          </>
        ) : (
          "It is the latest release."
        )}{" "}
        {current ? (
          <a href={current.href} className={LINK}>
            {current.label}
          </a>
        ) : (
          "This no longer exists in the current data."
        )}
      </p>
    </aside>
  );
}
