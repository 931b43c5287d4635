import type { Metadata } from "next";
import Link from "next/link";
import { ColumnsSection } from "@/components/about/columns-section";
import { MethodSection } from "@/components/about/method-section";
import { StanceBadge } from "@/components/ui/stance-badge";
import { CitationKindLabel } from "@/components/source/citation-kind";
import { DataDownloads } from "@/components/export/data-downloads";
import { PublicationSections } from "@/components/release/about-publication";
import { listNames } from "@/lib/format";
import { loadDataset } from "@/lib/load/load";
import { plural } from "@/lib/format";
import { CITATION_KIND_INFO, CITATION_KINDS, SOURCE_KINDS, STANCE_INFO, STANCES, type SourceKind } from "@/lib/data/vocab";

const KIND_NOUNS: Record<SourceKind, [string, string]> = {
  "own-statement": ["party's own statement", "parties' own statements"],
  "news-report": ["news report", "news reports"],
  analysis: ["analysis", "analyses"],
};

export const metadata: Metadata = {
  title: "About the data",
  description: "What each column holds, what the stance codes mean, the method the build enforces, how much the evidence weighs, and where to download the data.",
  alternates: { canonical: "/about" },
};

const h2 = "pt-4 text-xl font-semibold";
const code = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";

export default function AboutPage() {
  const { sources, issues, positions } = loadDataset();
  const own = sources.filter((s) => s.kind === "own-statement");
  const publishers = [...new Set(own.map((s) => s.publisher).filter((p) => p !== null))];
  const documents = positions.filter((p) => p.kind === "document").map((p) => p.label);
  const byKind = SOURCE_KINDS.map((k) => plural(sources.filter((s) => s.kind === k).length, ...KIND_NOUNS[k]));
  const unnamed = sources.filter((s) => s.anonymous).length;
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

      <ColumnsSection positions={positions} />

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
        The <Link href="/sources" className="underline underline-offset-4">corpus</Link> is {sources.length} texts (
        {listNames(byKind)}){publishers.length > 0 && `; the parties' own statements are published by ${listNames(publishers)}`}.
        Every quote in the matrix and the timeline is copied verbatim from one of them, and the build refuses any quote it
        cannot find there.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>The documents&apos; own texts are not in the corpus.</strong> What the matrix says of them{" "}
          <span>({listNames(documents)})</span> is what the sources report of them, not quoted from the documents themselves.
        </li>
        <li>
          <strong>Actors&apos; positions are as stated or reported.</strong> A cell is only as good as its sources, which is
          why each says how much its evidence weighs and links to every passage.
        </li>
        <li>
          <strong>Rows are issues with a reported position.</strong> An issue is in the matrix when at least one source reports
          a party&apos;s position on it. Questions such as NATO membership or sanctions appear in the corpus only in authors&apos;
          commentary or speculation, so they have no row: commentary is never taken for a party&apos;s position.
        </li>
        <li>
          {unnamed} of the {sources.length} texts name neither author nor publisher, and {noAddress} have no known original
          address; the source pages say so rather than guess, and list each text&apos;s known problems.
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

      <MethodSection />

      <h2 className={h2}>Adding a source or a cell</h2>
      <p>The data are plain files in the repository&apos;s <code className={code}>data/</code> folder:</p>
      <ol className="list-decimal space-y-1 pl-6">
        <li>
          A new source: copy its text byte for byte into <code className={code}>data/sources/</code> and describe it in{" "}
          <code className={code}>data/sources.yaml</code> (title, publisher or author or{" "}
          <code className={code}>anonymous: true</code>, date, kind, whose statement it is if a party&apos;s own, original
          address or <code className={code}>null</code>, and its known problems).
        </li>
        <li>
          A new or changed cell: edit the issue&apos;s file in <code className={code}>data/issues/</code>: the position, the
          stance, a short neutral summary, and the quotes that support it, copied verbatim, each with its source and kind.
        </li>
        <li>
          Run <code className={code}>npm run check:data</code>. It names the file, line and field of any problem (a quote not
          found, an unknown source, a stance resting on commentary, a dropped hedge) and says what would be right.
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
