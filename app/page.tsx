import { Legend } from "@/components/matrix/legend";
import { Matrix } from "@/components/matrix/matrix";
import { EditionLine } from "@/components/release/edition-line";
import { loadDataset } from "@/lib/load/load";
import { toMatrixData } from "@/lib/matrix/data";
import { loadPublication, matrixPublication, publicationInfo } from "@/lib/release/load";
import { CiteButton } from "@/components/release/cite-button";

// Prerendered with its data: the browser gets the matrix's cells and quotes, never source texts.
export default function HomePage() {
  const publication = loadPublication();
  const data = toMatrixData(loadDataset(), matrixPublication(publication));
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Where each side stands, issue by issue</h1>
      <div className="mt-1 mb-3 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <EditionLine edition={publication.edition} />
        <CiteButton target={{ kind: "dataset" }} info={publicationInfo(publication)} label="Cite this dataset" />
      </div>
      <Matrix
        data={data}
        guide={
          <>
            <p className="mt-1 mb-4 max-w-prose text-slate-700 print:hidden dark:text-slate-300">
              Each cell gives a position&apos;s stance on an issue, a short summary and how many quotes back it. Select a
              cell or a mark to read its evidence.
            </p>
            <Legend positions={data.positions} />
          </>
        }
      />
    </>
  );
}
