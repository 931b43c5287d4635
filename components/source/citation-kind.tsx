import { CITATION_KIND_INFO, type CitationKind } from "@/lib/data/vocab";

/** "Own words", "Reporting" or "Commentary", with what it means on hover. Its look: `.kind` in ui.css. */
export function CitationKindLabel({ kind }: { kind: CitationKind }) {
  const info = CITATION_KIND_INFO[kind];
  return (
    <span title={info.meaning} className={`kind k-${kind}`}>
      {info.label}
    </span>
  );
}
