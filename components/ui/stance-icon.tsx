import type { Stance } from "@/lib/data/vocab";
import { STANCE_ICON_FILL, STANCE_ICON_PATHS } from "@/lib/data/stance-icons";

/** The icon's paths as plain elements: next/og allows no component inside an <svg>. */
function paths(stance: Stance, color: string): React.ReactNode[] {
  const fill = STANCE_ICON_FILL[stance];
  return [
    fill && <path key="fill" d={fill} fill={color} />,
    ...STANCE_ICON_PATHS[stance].map((d) => <path key={d} d={d} fill="none" stroke={color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />),
  ];
}

const SIZE_CLASS = { 12: " sz12", 14: " sz14", 16: "" } as const;

/**
 * A stance's icon in a page, in the colour of its text: one element, drawn by the mask its class
 * names (lib/data/stance-icons.ts; the look: `.icon` in ui.css).
 */
export function StanceIcon({ stance, size = 16 }: { stance: Stance; size?: keyof typeof SIZE_CLASS }) {
  return <span aria-hidden="true" className={`icon i-${stance}${SIZE_CLASS[size]}`} />;
}

/** The icon drawn out in full, for the link-preview images (next/og has no page to point into). */
export function StanceIconDrawn({ stance, size = 16, color = "currentColor" }: { stance: Stance; size?: number; color?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      {paths(stance, color)}
    </svg>
  );
}
