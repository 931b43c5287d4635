import type { CellStrength } from "@/lib/data/schema";
import { STRENGTH_INFO } from "@/lib/data/vocab";

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
      <span className="sr-only">Evidence: </span>
      {strength.label}
    </span>
  );
}

/**
 * The meter alone, three bars of which `level` are filled: beside the words, never instead of
 * them. One element, drawn by the mask its class names (lib/data/stance-icons.ts).
 */
export function StrengthMeter({ level }: { level: number }) {
  return <span aria-hidden="true" className={`meter meter-${level}`} />;
}
