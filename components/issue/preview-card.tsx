import { STANCE_INFO, type Stance } from "@/lib/data/vocab";
import { STANCE_PALETTE, STANCE_TINT } from "@/lib/data/stance-style";
import { StanceIconDrawn } from "@/components/ui/stance-icon";

// Layout for next/og (Satori): flexbox only, inline styles, every multi-child box display:flex.

export const PREVIEW_SIZE = { width: 1200, height: 630 };
export const PREVIEW_ALT = "The issue's title and proposition, and each position's stance in icon and word.";

export type PreviewColumn = { label: string; stance: Stance };

/** The 1200×630 link-preview card of an issue: its title, the proposition and each position's stance. */
export function IssuePreviewCard({ kicker, title, proposition, columns, host }: { kicker: string; title: string; proposition: string; columns: PreviewColumn[]; host: string }) {
  // Two columns of rows fit six positions; more shrink to fit.
  const scale = columns.length > 6 ? 6 / columns.length : 1;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", padding: "52px 60px 40px", color: "#0f172a" }}>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 24, color: "#475569", letterSpacing: 1 }}>
        <span>{kicker.toUpperCase()}</span>
        <span>{host}</span>
      </div>
      <div style={{ display: "flex", fontSize: title.length > 48 ? 54 : 66, lineHeight: 1.1, marginTop: 22, letterSpacing: -1 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 27, lineHeight: 1.35, color: "#334155", marginTop: 18 }}>{proposition}</div>
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12 }}>
        {columns.map((c) => (
          <div
            key={c.label}
            style={{ display: "flex", alignItems: "center", width: columns.length > 1 ? 534 : 1080, height: 58 * scale, background: STANCE_TINT[c.stance].light, borderRadius: 8, overflow: "hidden" }}
          >
            <div style={{ display: "flex", width: 10, height: "100%", background: STANCE_PALETTE[c.stance].light }} />
            <span style={{ display: "flex", flexGrow: 1, fontSize: 27 * scale, color: "#334155", paddingLeft: 16 }}>{c.label}</span>
            <div style={{ display: "flex", alignItems: "center", gap: 8, paddingRight: 18, color: STANCE_PALETTE[c.stance].light, fontSize: 28 * scale }}>
              <StanceIconDrawn stance={c.stance} size={30 * scale} color={STANCE_PALETTE[c.stance].light} />
              <span>{STANCE_INFO[c.stance].label}</span>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
