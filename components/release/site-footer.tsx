import Link from "next/link";
import { loadPublication, publicationInfo } from "@/lib/release/load";
import { COMPILER } from "@/lib/release/cite";
import { LICENCE } from "@/lib/release/licence";
import { CiteButton } from "./cite-button";
import { EditionLine } from "./edition-line";

const LINK = "underline underline-offset-2";

/** On every page: which edition of the data this is, what changed, how to cite it, its licence. */
export function SiteFooter() {
  const publication = loadPublication();
  const info = publicationInfo(publication);
  return (
    <footer aria-label="About this edition" className="mt-12 border-t border-slate-200 dark:border-slate-700">
      <div className="mx-auto max-w-screen-2xl space-y-2 px-4 py-6 text-sm text-slate-700 dark:text-slate-300">
        <EditionLine edition={info.edition} />
        <p>
          Compiled by the {COMPILER}. The data and summaries are licensed{" "}
          <a href={LICENCE.url} rel="license noopener noreferrer" className={LINK}>
            {LICENCE.name}
          </a>
          ; each source keeps its own terms.
        </p>
        <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
          <CiteButton target={{ kind: "dataset" }} info={info} label="Cite this dataset" />
          <a href="/changes.atom" className={LINK}>
            Atom feed of changes
          </a>
          <Link href="/about#corrections" className={LINK}>
            Corrections
          </Link>
        </div>
      </div>
    </footer>
  );
}
