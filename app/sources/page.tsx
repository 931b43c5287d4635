import type { Metadata } from "next";
import Link from "next/link";
import { loadDataset } from "@/lib/load-data";
import { formatSourceDate, sourceByline } from "@/lib/format";
import { SOURCE_KIND_LABELS } from "@/lib/vocab";

export const metadata: Metadata = {
  title: "Sources",
  description: "The corpus every quote in the matrix is copied from, with its metadata.",
  alternates: { canonical: "/sources" },
};

export default function SourcesPage() {
  const { sources } = loadDataset();
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        Every quote in the matrix is copied verbatim from one of these texts, and the build checks it. The plans&apos;
        own texts are not among them: the articles describe them.
      </p>
      <ul className="mt-6 space-y-4">
        {sources.map((s) => (
          <li key={s.id} className="rounded border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="font-medium">
              <Link href={`/sources/${s.id}`} className="underline underline-offset-4">
                {s.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {sourceByline(s)} · {formatSourceDate(s.date)} · {SOURCE_KIND_LABELS[s.kind]} ·{" "}
              {s.primary ? "primary" : "secondary reporting"}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
