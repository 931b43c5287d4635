import { STANCE_INFO, STANCES } from "@/lib/data/vocab";
import { StanceIconDrawn } from "@/components/ui/stance-icon";
import { STANCE_PALETTE } from "@/lib/data/stance-style";
import { siteIdentity } from "@/lib/site/identity";

/** The site-wide 1200×630 link preview: what the app compares, and the stance legend in icon and word. */
export function SitePreviewCard({ positions, facts, host }: { positions: string[]; facts: string; host: string }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#0f172a", color: "#f8fafc", padding: "56px 64px 48px" }}>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 24, color: "#94a3b8", letterSpacing: 1 }}>
        <span>{siteIdentity().name.toUpperCase()}</span>
        <span>{host}</span>
      </div>
      <div style={{ display: "flex", fontSize: 64, lineHeight: 1.1, marginTop: 26, letterSpacing: -1 }}>
        Positions in {siteIdentity().scope}, compared issue by issue
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 10, marginTop: 30 }}>
        {positions.map((p) => (
          <span key={p} style={{ display: "flex", fontSize: 24, padding: "6px 14px", border: "2px solid #475569", borderRadius: 999, color: "#e2e8f0" }}>
            {p}
          </span>
        ))}
      </div>
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div style={{ display: "flex", flexWrap: "wrap", gap: 22, fontSize: 24, color: "#cbd5e1" }}>
        {STANCES.map((s) => (
          <span key={s} style={{ display: "flex", alignItems: "center", gap: 6 }}>
            <StanceIconDrawn stance={s} size={26} color={STANCE_PALETTE[s].dark} />
            {STANCE_INFO[s].label}
          </span>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#94a3b8", marginTop: 18 }}>{facts}</div>
    </div>
  );
}
