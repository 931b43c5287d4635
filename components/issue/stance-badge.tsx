import { STANCE_INFO, type Stance } from "@/lib/vocab";
import { StanceIcon } from "./stance-icon";

// Literal class names, so that Tailwind sees them. The hues match tailwind.config.ts's stance colours.
const TONE: Record<Stance, string> = {
  supports: "border-green-700 bg-green-50 text-green-800 dark:border-green-400 dark:bg-green-950 dark:text-green-200",
  conditional: "border-yellow-700 bg-yellow-50 text-yellow-900 dark:border-yellow-400 dark:bg-yellow-950 dark:text-yellow-200",
  alternative: "border-blue-700 bg-blue-50 text-blue-800 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-200",
  ambiguous: "border-purple-700 bg-purple-50 text-purple-800 dark:border-purple-400 dark:bg-purple-950 dark:text-purple-200",
  rejects: "border-red-700 bg-red-50 text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200",
  "not-addressed": "border-slate-400 bg-slate-50 text-slate-600 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-300",
};

/** A stance as icon and word, never colour alone; the meaning on hover. */
export function StanceBadge({ stance, className = "" }: { stance: Stance; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span
      title={info.meaning}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium ${TONE[stance]} ${className}`}
    >
      <StanceIcon stance={stance} size={14} />
      {info.label}
    </span>
  );
}
