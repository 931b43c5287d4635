import type { Stance } from "@/lib/data/vocab";

/**
 * The stance icons drawn as SVG rather than typed as characters, so that they look the same
 * on every device and in the link-preview images, whose font has no such symbols.
 * Plain markup with presentation attributes: it renders both in the page and in next/og.
 */
export const STANCE_ICON_PATHS: Record<Stance, string[]> = {
  supports: ["M5 12.5l4.5 4.5L19 7.5"],
  conditional: ["M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z", "M12 4v16"],
  alternative: ["M4 9h15", "M15 5l4 4-4 4", "M20 15H5", "M9 11l-4 4 4 4"],
  ambiguous: ["M8.5 9a3.5 3.5 0 1 1 5 3.2c-.9.4-1.5 1.2-1.5 2.1V15", "M12 19v.01"],
  rejects: ["M6.5 6.5l11 11", "M17.5 6.5l-11 11"],
  "not-addressed": ["M7 12h10"],
};

/** The filled half of the "conditional" circle. */
export const STANCE_ICON_FILL: Partial<Record<Stance, string>> = { conditional: "M12 4a8 8 0 0 1 0 16z" };

export function StanceIcon({ stance, size = 16, color = "currentColor" }: { stance: Stance; size?: number; color?: string }) {
  const fill = STANCE_ICON_FILL[stance];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      {fill && <path d={fill} fill={color} />}
      {STANCE_ICON_PATHS[stance].map((d) => (
        <path key={d} d={d} fill="none" stroke={color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
