import Link from "next/link";
import type { Edition } from "@/lib/release/edition";
import { formatPartialDate, plural } from "@/lib/format";

const LINK = "underline underline-offset-2";

/** "Data as of 4 December 2025, version 2026.12.1, released 1 December 2026 · What changed · Method". */
export function EditionLine({ edition, className = "" }: { edition: Edition; className?: string }) {
  const { release } = edition;
  return (
    <p className={className}>
      Data as of <time dateTime={edition.asOf}>{formatPartialDate(edition.asOf)}</time>
      {release ? (
        <>
          , version <span className="font-medium">{release.version}</span>, released{" "}
          <time dateTime={release.date}>{formatPartialDate(release.date)}</time>
        </>
      ) : (
        ", not yet released"
      )}
      {edition.unreleased > 0 && <>, with {plural(edition.unreleased, "change")} since that no release records yet</>}.{" "}
      <span className="no-print whitespace-nowrap">
        <Link href="/changes" className={LINK}>
          What changed
        </Link>{" "}
        ·{" "}
        <Link href="/about#method" className={LINK}>
          Method
        </Link>
      </span>
    </p>
  );
}
