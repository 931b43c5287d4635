import { stanceBadgeClass } from "@/components/ui/stance-colors";
import { StanceIcon } from "@/components/ui/stance-icon";
import { STANCE_INFO, type Stance } from "@/lib/data/vocab";

const SIZE = { sm: { className: "", icon: 12 }, md: { className: " md", icon: 14 } } as const;

/** A stance as icon and word, never colour alone; the meaning on hover. Its look: `.stance` in ui.css. */
export function StanceBadge({ stance, size = "sm", className = "" }: { stance: Stance; size?: keyof typeof SIZE; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span title={info.meaning} className={`stance ${stanceBadgeClass(stance)}${SIZE[size].className}${className ? ` ${className}` : ""}`}>
      <StanceIcon stance={stance} size={SIZE[size].icon} />
      {info.label}
    </span>
  );
}
