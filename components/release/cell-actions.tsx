import type { PublicationInfo } from "@/lib/release/edition";
import { citeAddress } from "@/lib/release/cite";
import { STANCE_INFO, type Stance } from "@/lib/data/vocab";
import { CiteButton } from "./cite-button";
import { ReportError } from "./report-error";

type Cell = { issue: string; title: string; position: string; positionLabel: string; stance: Stance };

/** A cell's "Cite this" and "Report an error", for the evidence panel and the issue page alike. */
export function CellActions({ cell, info }: { cell: Cell; info: PublicationInfo | undefined }) {
  if (!info) return null;
  const target = { kind: "cell" as const, issue: cell.issue, title: cell.title, position: cell.position, positionLabel: cell.positionLabel };
  return (
    <div className="no-print flex flex-wrap items-start gap-x-4 gap-y-2">
      <CiteButton target={target} info={info} />
      <ReportError
        target={info.report}
        subject={{
          what: `${cell.title} × ${cell.positionLabel}`,
          address: citeAddress(target, info.site),
          stance: STANCE_INFO[cell.stance].label,
          version: info.edition.release?.version,
        }}
      />
    </div>
  );
}
