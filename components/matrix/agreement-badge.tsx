import { AGREEMENT_INFO, MAX_DIVERGENCE, type Comparison } from "@/lib/data/compare";

const STYLE = {
  agree: "text-green-800 dark:text-green-300",
  diverge: "text-red-800 dark:text-red-300",
  few: "text-slate-600 dark:text-slate-400",
} as const;

/** "Agree", "Diverge" with how far apart, or "Too few": the row's comparison in words. */
export function AgreementBadge({ comparison }: { comparison: Comparison }) {
  const info = AGREEMENT_INFO[comparison.agreement];
  return (
    <span className={`inline-flex flex-col text-xs font-semibold ${STYLE[comparison.agreement]}`}>
      <span>
        <span aria-hidden="true">{info.icon} </span>
        {info.label}
      </span>
      {comparison.agreement === "diverge" && comparison.divergence !== null && (
        <span className="font-normal text-slate-600 dark:text-slate-400">
          distance {formatDistance(comparison.divergence)} of {MAX_DIVERGENCE}
        </span>
      )}
    </span>
  );
}

function formatDistance(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
