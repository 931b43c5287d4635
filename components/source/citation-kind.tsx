import { CITATION_KIND_INFO, type CitationKind } from "@/lib/data/vocab";

const TONE: Record<CitationKind, string> = {
  "own-words": "border-slate-700 text-slate-800 dark:border-slate-300 dark:text-slate-100",
  reporting: "border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-200",
  commentary: "border-dashed border-slate-400 text-slate-600 dark:border-slate-500 dark:text-slate-300",
};

/** "Own words", "Reporting" or "Commentary", with what it means on hover. */
export function CitationKindLabel({ kind }: { kind: CitationKind }) {
  const info = CITATION_KIND_INFO[kind];
  return (
    <span title={info.meaning} className={`inline-block rounded border px-1.5 text-xs font-medium uppercase tracking-wide ${TONE[kind]}`}>
      {info.label}
    </span>
  );
}
