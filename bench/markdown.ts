/** Markdown pieces for the benchmark report. */
import type { Verdict } from "./targets";

export const verdict = (v: Verdict) => (v === null ? "not measured" : v ? "✅ pass" : "❌ fail");
export const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString("en")} ms` : "–");
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Bytes under 1 KB as bytes, the rest in KB. */
export const size = (n: number) => (n < 1024 ? `${n} B` : kb(n));
export const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
export const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
