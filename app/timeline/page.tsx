import type { Metadata } from "next";
import Link from "next/link";
import { loadDataset } from "@/lib/load-data";
import { formatPartialDate } from "@/lib/format";

export const metadata: Metadata = {
  title: "Timeline",
  description: "The dated events of the negotiations, as the sources give them.",
  alternates: { canonical: "/timeline" },
};

export default function TimelinePage() {
  const { events, issues } = loadDataset();
  const titleOf = new Map(issues.map((i) => [i.slug, i.title]));
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Timeline</h1>
      <ol className="mt-6 space-y-6 border-l border-slate-300 pl-6 dark:border-slate-600">
        {events.map((e) => (
          <li key={e.id} id={e.id}>
            <p className="text-sm font-medium text-slate-600 dark:text-slate-300">
              <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
            </p>
            <h2 className="font-semibold">{e.title}</h2>
            <p>{e.description}</p>
            {e.issues.length > 0 && (
              <p className="mt-1 text-sm">
                Issues:{" "}
                {e.issues.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && ", "}
                    <Link href={`/issues/${slug}`} className="underline underline-offset-4">
                      {titleOf.get(slug) ?? slug}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
