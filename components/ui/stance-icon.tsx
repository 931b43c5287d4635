import { STANCES, type Stance } from "@/lib/data/vocab";

/**
 * The stance icons drawn as SVG rather than typed as characters, so that they look the same
 * on every device and in the link-preview images, whose font has no such symbols.
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

const iconId = (stance: Stance) => `stance-icon-${stance}`;

/** The icon's paths as plain elements: next/og allows no component inside an <svg>. */
function paths(stance: Stance, color: string): React.ReactNode[] {
  const fill = STANCE_ICON_FILL[stance];
  return [
    fill && <path key="fill" d={fill} fill={color} />,
    ...STANCE_ICON_PATHS[stance].map((d) => <path key={d} d={d} fill="none" stroke={color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />),
  ];
}

/**
 * Every icon once, as a symbol the pages' icons point at: a page with 60 icons then carries
 * their paths once. The root layout puts it in every page.
 */
export function StanceIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" className="sprite">
      {STANCES.map((s) => (
        <symbol key={s} id={iconId(s)} viewBox="0 0 24 24">
          {paths(s, "currentColor")}
        </symbol>
      ))}
    </svg>
  );
}

/** A stance's icon in a page, in the colour of its text. */
export function StanceIcon({ stance, size = 16 }: { stance: Stance; size?: number }) {
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false" className="icon">
      <use href={`#${iconId(stance)}`} />
    </svg>
  );
}

/** The icon drawn out in full, for the link-preview images (next/og has no page to point into). */
export function StanceIconDrawn({ stance, size = 16, color = "currentColor" }: { stance: Stance; size?: number; color?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      {paths(stance, color)}
    </svg>
  );
}
