import type { PublicationInfo } from "@/lib/release/edition";
import { citeAddress } from "@/lib/release/cite";
import { CiteButton } from "./cite-button";
import { ReportError } from "./report-error";

/** An issue page's "Cite this" (the issue) and "Report an error". */
export function IssueActions({ issue, info }: { issue: { slug: string; title: string }; info: PublicationInfo }) {
  const target = { kind: "issue" as const, issue: issue.slug, title: issue.title };
  return (
    <div className="no-print flex flex-wrap items-start gap-x-4 gap-y-2">
      <CiteButton target={target} info={info} />
      <ReportError
        target={info.report}
        subject={{ what: issue.title, address: citeAddress(target, info.site), version: info.edition.release?.version }}
      />
    </div>
  );
}
