import { AGREEMENT_INFO, MAX_DIVERGENCE, type Comparison } from "@/lib/data/compare";

/** "Agree", "Diverge" with how far apart, or "Too few": the row's comparison in words. Its look: `.agreement` in matrix.css. */
export function AgreementBadge({ comparison }: { comparison: Comparison }) {
  const info = AGREEMENT_INFO[comparison.agreement];
  return (
    <span className={`agreement a-${comparison.agreement}`}>
      <span>
        <span aria-hidden="true">{info.icon} </span>
        {info.label}
      </span>
      {comparison.agreement === "diverge" && comparison.divergence !== null && (
        <span className="distance">
          distance {formatDistance(comparison.divergence)} of {MAX_DIVERGENCE}
        </span>
      )}
    </span>
  );
}

function formatDistance(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
