import type { CellStrength } from "@/lib/data/schema";
import { STRENGTH_INFO } from "@/lib/data/vocab";

const BARS = 3;

/**
 * How much a cell's evidence weighs: a three-bar meter and the fixed words ("Own words",
 * "Reported by 2 sources", "Single report, anonymous source"); the words carry the meaning, the
 * meter only repeats it, and its meaning is on hover.
 */
export function StrengthBadge({ strength, className = "" }: { strength: CellStrength; className?: string }) {
  const info = STRENGTH_INFO[strength.level];
  return (
    <span
      title={info.meaning}
      className={`inline-flex items-center gap-1.5 rounded border border-slate-300 px-1.5 text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-200 ${className}`}
    >
      <StrengthMeter level={info.meter} />
      <span>
        <span className="sr-only">Evidence: </span>
        {strength.label}
      </span>
    </span>
  );
}

/** The meter alone, three bars of which `level` are filled: beside the words, never instead of them. */
export function StrengthMeter({ level }: { level: number }) {
  return (
    <span aria-hidden="true" className="inline-flex items-end gap-px">
      {Array.from({ length: BARS }, (_, i) => (
        <span key={i} style={{ height: `${5 + i * 3}px` }} className={`w-1 rounded-sm border border-current ${i < level ? "bg-current" : ""}`} />
      ))}
    </span>
  );
}
