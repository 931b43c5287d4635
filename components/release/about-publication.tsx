import Link from "next/link";
import { loadPublication, publicationInfo } from "@/lib/release/load";
import { siteConfig } from "@/lib/site/config";
import { COMPILER } from "@/lib/release/cite";
import { LICENCE } from "@/lib/release/licence";
import { formatPartialDate } from "@/lib/format";
import { CiteButton } from "./cite-button";

const h2 = "scroll-mt-4 pt-4 text-xl font-semibold";
const LINK = "underline underline-offset-4";
const code = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";

/** The About page's accountability sections: who compiles, how stances are coded and reviewed, corrections, licence, citing, repository. */
export function PublicationSections() {
  const info = publicationInfo(loadPublication());
  const { repository, report } = siteConfig();
  const release = info.edition.release;
  return (
    <>
      <h2 id="compiled" className={h2}>
        Who compiles the data
      </h2>
      <p>
        The matrix is compiled and published by the {COMPILER}, from the texts of its corpus alone. No party to the
        negotiations writes or approves its cells.
      </p>

      <h2 id="method" className={h2}>
        How stances are coded and reviewed
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Each issue states a proposition. A cell&apos;s stance says how a party stands towards it, coded from the quoted passages and nothing else.</li>
        <li>Where no passage speaks to an issue for a party, the cell is &ldquo;not addressed&rdquo;; commentary is never the ground for a stance.</li>
        <li>Every quote is checked, verbatim, against its source each time the site is built; the build refuses a quote it cannot find.</li>
        <li>
          Changes to cells are published in numbered releases (<code className={code}>YYYY.MM.N</code>). Each release records what a
          reader sees of every cell, and the{" "}
          <Link href="/changes" className={LINK}>
            What changed
          </Link>{" "}
          page and each issue&apos;s History list every change, old and new, computed by comparing the releases.
        </li>
      </ul>

      <h2 id="corrections" className={h2}>
        Corrections
      </h2>
      <p>
        If a cell misstates its sources, or a quote is attributed to the wrong speaker, use <strong>Report an error</strong> on the
        cell (on its issue page or in the matrix&apos;s evidence panel) or on the issue. A correction is made in the data, checked like
        every change, and published in the next release, whose note says why; the cell&apos;s history then shows the old and the new.
        Nothing is changed silently: pages built from data that no release records yet say so.
      </p>
      <p>
        {report
          ? report.kind === "email"
            ? `Reports go by email to ${report.address}.`
            : `Reports open a prefilled form at ${new URL(report.url).host}.`
          : "No address for reports is configured for this copy of the site: Report an error shows a prefilled report to copy, and says to send it to whoever published the copy."}
      </p>

      <h2 id="licence" className={h2}>
        Licence
      </h2>
      <p>
        The project&apos;s own data and summaries (the matrix, its stance codes and summaries, and the exported files) are licensed under
        the{" "}
        <a href={LICENCE.url} rel="license noopener noreferrer" className={LINK}>
          {LICENCE.title} licence ({LICENCE.name})
        </a>
        : share and adapt them, naming the {COMPILER} and the version. The quoted passages and the source texts are not the
        project&apos;s: each source keeps its own terms, and is included so that every quote can be checked.
      </p>

      <h2 id="cite" className={h2}>
        Citing the data
      </h2>
      <p>
        {release ? `This is version ${release.version}, released ${formatPartialDate(release.date)}. ` : "No version has been released yet. "}
        Cite the version you used: <strong>Cite this</strong>, here, on each issue and on each cell, gives APA, Chicago, BibTeX and
        CSL-JSON for reference managers such as Zotero.
      </p>
      <div>
        <CiteButton target={{ kind: "dataset" }} info={info} label="Cite this dataset" />
      </div>

      <h2 id="repository" className={h2}>
        Repository
      </h2>
      <p>
        {repository ? (
          <>
            The data files, the code and the release log are at{" "}
            <a href={repository} rel="noopener noreferrer" className={`${LINK} break-all`}>
              {repository}
            </a>
            , with <code className={code}>CITATION.cff</code> at its root.
          </>
        ) : (
          <>
            No public repository address is configured for this copy of the site. The data files, the code, the release log and{" "}
            <code className={code}>CITATION.cff</code> are in the repository it was built from.
          </>
        )}
      </p>
    </>
  );
}
