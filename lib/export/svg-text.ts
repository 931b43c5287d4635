/**
 * Text in a hand-built SVG: escaping, and wrapping to a width. SVG has no line wrapping of its
 * own, and the image is built where no font can be measured (tests, any browser), so a line's
 * width is estimated from an average character width: generous, so a line never overflows.
 */

/** Text safe inside an SVG element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

/** The average advance of a character of the sans-serif faces the image names, as a share of its size. */
const CHAR_WIDTH = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/**
 * `text` in lines that fit `width` at `fontSize`, broken between words (a word longer than a
 * line is cut); at most `maxLines`, the last ending in "…" when the text goes on.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${perLine}}`, "gu")) ?? [word];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= perLine) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > perLine ? last.slice(0, perLine - 1).trimEnd() : last}…`;
  return kept;
}

/** `<text>` with one `<tspan>` per line, `lineHeight` apart, its first baseline at `y`. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" ${i === 0 ? `y="${y}"` : `dy="${lineHeight}"`}>${escapeXml(l)}</tspan>`).join("");
  return `<text ${attributes}>${spans}</text>`;
}
