/**
 * "Download image": the view on screen as an SVG drawn from its data, to put in an article or
 * on a slide. Its rows and columns, each cell as a stance mark (icon, colour and word) or with
 * its summary too, and what a picture needs to be cited once it leaves the site: title, the
 * propositions the stances answer, the data's version, the date and the view's address.
 * The browser draws this SVG to a canvas for the PNG. Light colours: paper and slides are light.
 */
import { STANCE_PALETTE, STANCE_TINT } from "../data/stance-style";
import { shownSummary, SILENT_SUMMARY, STANCE_INFO, STANCES, type Stance } from "../data/vocab";
import { exportFileName } from "./csv";
import type { ViewExport } from "./rows";
import { escapeXml, textBlock, wrapText } from "./svg-text";
import { viewUrl } from "./view-tables";

/** A stance's icon as the pages draw it (components/ui/stance-icon.tsx): strokes on a 24-unit grid, and a filled part. */
export type StanceIconShape = { paths: readonly string[]; fill?: string };

export type ImageMode = "marks" | "summaries";

export type ViewImage = {
  title: string;
  /** The view in a few words ("2 positions divergent"); "" for the whole matrix. */
  description: string;
  positions: readonly { label: string }[];
  rows: readonly { title: string; proposition: string; cells: readonly { stance: Stance; summary: string }[] }[];
  mode: ImageMode;
  /** The data's version; absent before the first release. */
  version?: string;
  /** The day it was exported, in words. */
  date: string;
  /** The view's own address. */
  address: string;
};

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif`;
const INK = "#0f172a";
const MUTED = "#475569";
const LINE = "#cbd5e1";
const PAD = 48;
const ISSUE_WIDTH = 520;
const GAP = 12;
/** Sizes chosen to stay readable when the image fills a 1920 × 1080 slide. */
const SIZE = { title: 38, subtitle: 22, head: 19, issue: 20, proposition: 16, mark: 17, summary: 15, foot: 16 } as const;
const lh = (size: number) => Math.round(size * 1.3);

function icon(shape: StanceIconShape, x: number, y: number, size: number, color: string): string {
  const scale = size / 24;
  const fill = shape.fill ? `<path d="${shape.fill}" fill="${color}"/>` : "";
  const strokes = shape.paths.map((d) => `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`).join("");
  return `<g transform="translate(${x} ${y}) scale(${scale})">${fill}${strokes}</g>`;
}

/** A stance as it shows everywhere: icon, then its word, in its ink. */
function mark(stance: Stance, icons: Record<Stance, StanceIconShape>, x: number, y: number): string {
  const ink = STANCE_PALETTE[stance].light;
  return `${icon(icons[stance], x, y, 22, ink)}<text x="${x + 30}" y="${y + 17}" font-size="${SIZE.mark}" font-weight="600" fill="${ink}">${escapeXml(STANCE_INFO[stance].label)}</text>`;
}

/** The SVG of the view, and its size in pixels. */
export function viewSvg(view: ViewImage, icons: Record<Stance, StanceIconShape>): { svg: string; width: number; height: number } {
  const columns = Math.max(1, view.positions.length);
  // Wide enough that a position's longest word ("counter-proposal", "(administration)") fits a line.
  const column = view.mode === "marks" ? 210 : 300;
  const width = Math.max(1200, PAD * 2 + ISSUE_WIDTH + columns * (column + GAP));
  const parts: string[] = [];
  let y = PAD;

  const title = wrapText(view.title, width - 2 * PAD, SIZE.title, 2);
  parts.push(textBlock(title, PAD, y + SIZE.title, lh(SIZE.title), `font-size="${SIZE.title}" font-weight="700" fill="${INK}"`));
  y += title.length * lh(SIZE.title) + 8;
  if (view.description) {
    parts.push(textBlock([`View: ${view.description}`], PAD, y + SIZE.subtitle, lh(SIZE.subtitle), `font-size="${SIZE.subtitle}" fill="${MUTED}"`));
    y += lh(SIZE.subtitle) + 8;
  }
  y += 16;

  // Column heads: the issue, then each position, named in full.
  const colX = (i: number) => PAD + ISSUE_WIDTH + GAP + i * (column + GAP);
  // Bold text runs wider than the average the wrapping assumes.
  const heads = view.positions.map((p) => wrapText(p.label, column - 16, SIZE.head * 1.12, 3));
  const headHeight = Math.max(1, ...heads.map((h) => h.length)) * lh(SIZE.head);
  parts.push(textBlock(["Issue, and the proposition each stance answers"], PAD, y + SIZE.head, lh(SIZE.head), `font-size="${SIZE.head}" font-weight="700" fill="${MUTED}"`));
  heads.forEach((h, i) => parts.push(textBlock(h, colX(i), y + SIZE.head, lh(SIZE.head), `font-size="${SIZE.head}" font-weight="700" fill="${INK}"`)));
  y += headHeight + 10;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${INK}" stroke-width="2"/>`);

  for (const row of view.rows) {
    const top = y + 12;
    const issue = wrapText(row.title, ISSUE_WIDTH - 16, SIZE.issue * 1.12, 3);
    const proposition = wrapText(row.proposition, ISSUE_WIDTH - 16, SIZE.proposition, 4);
    const issueHeight = issue.length * lh(SIZE.issue) + 4 + proposition.length * lh(SIZE.proposition);
    const summaries = row.cells.map((c) => (view.mode === "summaries" ? wrapText(shownSummary(c.summary), column - 20, SIZE.summary, 8) : []));
    const cellHeight = 30 + Math.max(0, ...summaries.map((s) => s.length)) * lh(SIZE.summary);
    const height = Math.max(issueHeight, cellHeight);
    parts.push(`<g class="issue">`);
    parts.push(textBlock(issue, PAD, top + SIZE.issue, lh(SIZE.issue), `font-size="${SIZE.issue}" font-weight="700" fill="${INK}"`));
    const propositionTop = top + issue.length * lh(SIZE.issue) + 4;
    parts.push(textBlock(proposition, PAD, propositionTop + SIZE.proposition, lh(SIZE.proposition), `font-size="${SIZE.proposition}" font-style="italic" fill="${MUTED}"`));
    row.cells.forEach((cell, i) => {
      const x = colX(i);
      parts.push(`<g data-stance="${cell.stance}"><rect x="${x}" y="${top - 4}" width="${column}" height="${height + 8}" rx="6" fill="${STANCE_TINT[cell.stance].light}"/>`);
      parts.push(`<rect x="${x}" y="${top - 4}" width="4" height="${height + 8}" fill="${STANCE_PALETTE[cell.stance].light}"/>`);
      parts.push(mark(cell.stance, icons, x + 12, top + 2));
      if (summaries[i]!.length) parts.push(textBlock(summaries[i]!, x + 12, top + 30 + SIZE.summary, lh(SIZE.summary), `font-size="${SIZE.summary}" fill="${INK}"`));
      parts.push(`</g>`);
    });
    parts.push(`</g>`);
    y = top + height + 16;
    parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${LINE}" stroke-width="1"/>`);
  }

  // The key: every stance's mark and word, so that no colour has to be guessed.
  y += 24;
  let x = PAD;
  for (const stance of STANCES) {
    parts.push(mark(stance, icons, x, y));
    x += Math.round(30 + STANCE_INFO[stance].label.length * SIZE.mark * 0.6 + 28);
  }
  y += 40;
  const foot = [
    `Sources silent: no source in the corpus speaks to the issue for that position. Nothing is inferred from silence.`,
    `${view.version ? `Data version ${view.version}` : "Data not yet released"} · exported ${view.date} · ${view.address}`,
  ].flatMap((line) => wrapText(line, width - 2 * PAD, SIZE.foot));
  parts.push(textBlock(foot, PAD, y + SIZE.foot, lh(SIZE.foot), `font-size="${SIZE.foot}" fill="${MUTED}"`));
  const height = Math.ceil(y + foot.length * lh(SIZE.foot) + PAD);

  const label = `${view.title}${view.description ? `: ${view.description}` : ""}`;
  return {
    width,
    height,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" font-family="${FONT}">` +
      `<title>${escapeXml(label)}</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`,
  };
}

/** The image's title: the site and what it compares, so that the picture says what it is. */
export const IMAGE_TITLE = "Positions Matrix: the proposals to end the war in Ukraine, issue by issue";

/** What "Download image" draws for the view on screen (`exportView`'s rows and columns), and its file name. */
export function viewImage(view: ViewExport, mode: ImageMode, { siteUrl, exportedAt }: { siteUrl: string; exportedAt: Date }): ViewImage & { fileName: (extension: "svg" | "png") => string } {
  return {
    title: IMAGE_TITLE,
    description: view.description,
    positions: view.positions,
    rows: view.rows.map((row) => ({
      title: row.title,
      proposition: row.proposition,
      // Every shown position has a cell (cellOf); a row without one would be the sources' silence.
      cells: view.positions.map((p) => row.cells[p.slug] ?? { stance: "not-addressed" as const, summary: SILENT_SUMMARY }),
    })),
    mode,
    ...(view.version ? { version: view.version } : {}),
    date: exportedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
    address: viewUrl(siteUrl, view.query),
    fileName: (extension) => exportFileName("positions-matrix", exportedAt, [view.description, mode === "summaries" ? "summaries" : ""].filter(Boolean).join(" "), extension, view.version),
  };
}
