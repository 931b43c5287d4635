import { STANCE_COLORS } from "@/components/ui/stance-colors";
import { StanceIcon } from "@/components/ui/stance-icon";
import { STANCE_INFO, type Stance } from "@/lib/data/vocab";

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
      className={`inline-flex items-center gap-1 rounded-full border whitespace-nowrap ${SIZE[size].text} ${STANCE_COLORS[stance].badge} ${className}`}
    >
      <StanceIcon stance={stance} size={SIZE[size].icon} />
      {info.label}
    </span>
  );
}
