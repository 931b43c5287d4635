import type { Metadata } from "next";
import { ChangeList } from "@/components/release/change-list";
import { ReleaseSection } from "@/components/release/release-entry";
import { loadPublication } from "@/lib/release/load";
import { unreleasedChanges } from "@/lib/release/history";
import { snapshotOf } from "@/lib/release/snapshot";

export const metadata: Metadata = {
  title: "What changed",
  description: "Every release of the dataset, newest first, with each cell whose stance, summary or quotes changed.",
  alternates: { canonical: "/changes" },
};

const LINK = "underline underline-offset-2";

export default function ChangesPage() {
  const { data, releases, history, currentSlug } = loadPublication();
  const pending = unreleasedChanges(releases, snapshotOf(data));
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">What changed</h1>
      <p className="max-w-prose">
        Each release records what a reader sees of every cell: its stance, its summary and its quotes. The changes below are
        computed by comparing each release with the one before; none is written by hand. Follow them in a feed reader with
        the{" "}
        <a href="/changes.atom" className={LINK}>
          Atom feed
        </a>
        .
      </p>
      {pending && (
        <section aria-labelledby="unreleased-heading" className="space-y-2 rounded border border-amber-500 p-4">
          <h2 id="unreleased-heading" className="text-xl font-semibold">
            Not yet released
          </h2>
          <p>This copy of the data has changed since the latest release. The next release will record:</p>
          <ChangeList diff={pending} current={currentSlug} />
        </section>
      )}
      {history.length === 0 && <p>No release has been recorded yet.</p>}
      {[...history].reverse().map((entry) => (
        <ReleaseSection key={entry.version} entry={entry} current={currentSlug} />
      ))}
    </div>
  );
}
