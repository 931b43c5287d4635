import type { Metadata } from "next";
import Link from "next/link";
import { StanceBadge } from "@/components/ui/stance-badge";
import { CitationKindLabel } from "@/components/source/citation-kind";
import { DataDownloads } from "@/components/export/data-downloads";
import { PublicationSections } from "@/components/release/about-publication";
import { listNames } from "@/lib/format";
import { loadDataset } from "@/lib/data/load";
import { CITATION_KIND_INFO, CITATION_KINDS, STANCE_INFO, STANCES } from "@/lib/data/vocab";

export const metadata: Metadata = {
  title: "About the data",
  description: "What the stance codes mean, what the corpus is and is not, how to add a source or a cell, and where to download the data.",
  alternates: { canonical: "/about" },
};

const h2 = "pt-4 text-xl font-semibold";
const code = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";

export default function AboutPage() {
  const { sources, issues, positions } = loadDataset();
  const primary = sources.filter((s) => s.primary);
  const publishers = [...new Set(primary.map((s) => s.publisher).filter((p) => p !== null))];
  const plans = positions.filter((p) => p.kind === "plan").map((p) => p.label);
  const stated = positions.filter((p) => p.kind === "stated-position").map((p) => p.label);
  const unnamed = sources.filter((s) => !s.author && !s.publisher).length;
  const noAddress = sources.filter((s) => !s.url).length;
  const example = issues[0]?.proposition;
  return (
    <article className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">About the data</h1>
      <p>
        The matrix compares {positions.length} positions on {issues.length} issues. Every cell states, briefly and in our own
        neutral words, what a party holds or proposes on an issue, with a stance code and the exact passages of the source
        texts that support it. Where no source speaks to an issue for a party, the cell says &ldquo;not addressed in the
        sources&rdquo;: nothing is inferred from silence or filled in from general knowledge.
      </p>

      <h2 className={h2}>The positions</h2>
      <dl className="space-y-2">
        {positions.map((p) => (
          <div key={p.slug}>
            <dt className="font-semibold">{p.label}</dt>
            <dd className="text-slate-700 dark:text-slate-200">{p.description}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>Stance codes</h2>
      <p>
        Each issue states a proposition{example && <>, for example &ldquo;{example}&rdquo;</>}. A stance says how a party stands
        towards that proposition, not whether the party is right. Each is shown with an icon and a word, never by
        colour alone.
      </p>
      <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2">
        {STANCES.map((s) => (
          <div key={s} className="contents">
            <dt>
              <StanceBadge stance={s} size="md" />
            </dt>
            <dd>{STANCE_INFO[s].meaning}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>What the corpus is, and is not</h2>
      <p>
        The <Link href="/sources" className="underline underline-offset-4">corpus</Link> is {sources.length} texts: {primary.length} official
        statements{publishers.length > 0 && ` published by ${listNames(publishers)}`}, and {sources.length - primary.length}{" "}
        articles of news reporting and analysis. Every quote in the matrix and the timeline is copied verbatim from one of them, and the build
        refuses any quote it cannot find there.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>The plans&apos; own texts are not in the corpus.</strong> What the matrix says of the plans{" "}
          <span>({listNames(plans)})</span> is what the sources report of them, not quoted from the plans themselves.
        </li>
        <li>
          <strong>Positions are as reported.</strong> The stated positions ({listNames(stated)}) are what the parties&apos; leaders
          said, as the sources quote or describe it. A cell is only as good as its sources, which is why each links to them.
        </li>
        <li>
          <strong>Rows are issues with a reported position.</strong> An issue is in the matrix when at least one source reports
          a party&apos;s position on it. Questions such as NATO membership or sanctions appear in the corpus only in authors&apos;
          commentary or speculation, so they have no row: commentary is never taken for a party&apos;s position.
        </li>
        <li>
          {unnamed} of the {sources.length} texts name neither author nor publisher, and {noAddress} have no known original
          address; the source pages say so rather than guess.
        </li>
      </ul>

      <h2 className={h2}>Kinds of citation</h2>
      <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2">
        {CITATION_KINDS.map((k) => (
          <div key={k} className="contents">
            <dt>
              <CitationKindLabel kind={k} />
            </dt>
            <dd>{CITATION_KIND_INFO[k].meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        &ldquo;Own words&rdquo; is the strongest evidence of a position; &ldquo;reporting&rdquo; depends on the reporter;
        &ldquo;commentary&rdquo; is context and never by itself the ground for a stance.
      </p>

      <h2 className={h2}>Adding a source or a cell</h2>
      <p>The data are plain files in the repository&apos;s <code className={code}>data/</code> folder:</p>
      <ol className="list-decimal space-y-1 pl-6">
        <li>
          A new source: copy its text byte for byte into <code className={code}>data/sources/</code> and describe it in{" "}
          <code className={code}>data/sources.yaml</code> (title, publisher or author, date, kind, original address or{" "}
          <code className={code}>null</code>, primary or not).
        </li>
        <li>
          A new or changed cell: edit the issue&apos;s file in <code className={code}>data/issues/</code>: the position, the
          stance, a short neutral summary, and the quotes that support it, copied verbatim, each with its source and kind.
        </li>
        <li>
          Run <code className={code}>npm run check:data</code>. It names the file, line and field of any problem (a quote not
          found, an unknown source, a missing citation) and says what would be right.
        </li>
      </ol>

      <h2 className={h2}>Download the data</h2>
      <p>The same data, at stable addresses you can link to or fetch from a script:</p>
      <DataDownloads />
      <p>
        <Link href="/export" className="underline underline-offset-4">
          What each file holds, column by column
        </Link>
        , with an example of reading one from a script.
      </p>

      <PublicationSections />
    </article>
  );
}
