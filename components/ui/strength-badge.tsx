import type { CellStrength } from "@/lib/data/schema";
import { STRENGTH_INFO } from "@/lib/data/vocab";

const BARS = 3;

/**
 * How much a cell's evidence weighs: a three-bar meter and the fixed words ("Own words",
 * "Reported by 2 sources", "Single report, no named author or publisher"); the words carry the meaning, the
 * meter only repeats it, and its meaning is on hover. Its look: `.strength` in ui.css.
 */
export function StrengthBadge({ strength, className = "" }: { strength: CellStrength; className?: string }) {
  const info = STRENGTH_INFO[strength.level];
  return (
    <span title={info.meaning} className={className ? `strength ${className}` : "strength"}>
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
    <span aria-hidden="true" className="meter">
      {Array.from({ length: BARS }, (_, i) => (
        <span key={i} className={i < level ? "on" : undefined} />
      ))}
    </span>
  );
}
