import { StanceIcon } from "@/components/ui/stance-icon";
import { STANCE_INFO, type Stance } from "@/lib/data/vocab";

/** Each stance's colours (the issue pages' hues); the icon and the word always go with them, so colour is never alone. */
export const STANCE_STYLE: Record<Stance, { badge: string; edge: string }> = {
  supports: {
    badge: "border-green-300 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200",
    edge: "border-l-green-600 dark:border-l-green-500",
  },
  conditional: {
    badge: "border-yellow-400 bg-yellow-50 text-yellow-900 dark:border-yellow-800 dark:bg-yellow-950 dark:text-yellow-200",
    edge: "border-l-yellow-600 dark:border-l-yellow-400",
  },
  alternative: {
    badge: "border-blue-300 bg-blue-50 text-blue-800 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-200",
    edge: "border-l-blue-600 dark:border-l-blue-400",
  },
  ambiguous: {
    badge: "border-purple-300 bg-purple-50 text-purple-800 dark:border-purple-800 dark:bg-purple-950 dark:text-purple-200",
    edge: "border-l-purple-600 dark:border-l-purple-400",
  },
  rejects: {
    badge: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
    edge: "border-l-red-600 dark:border-l-red-400",
  },
  "not-addressed": {
    badge: "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300",
    edge: "border-l-slate-300 dark:border-l-slate-600",
  },
};

const SIZE = {
  sm: { text: "px-2 py-px text-xs font-semibold", icon: 12 },
  md: { text: "px-2 py-0.5 text-sm font-medium", icon: 14 },
} as const;

/** A stance as icon and word, never colour alone; the meaning on hover. */
export function StanceBadge({ stance, size = "sm", className = "" }: { stance: Stance; size?: keyof typeof SIZE; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span
      title={info.meaning}
      className={`inline-flex items-center gap-1 rounded-full border whitespace-nowrap ${SIZE[size].text} ${STANCE_STYLE[stance].badge} ${className}`}
    >
      <StanceIcon stance={stance} size={SIZE[size].icon} />
      {info.label}
    </span>
  );
}
