import { findRanges } from "@/lib/matrix/search";
import { splitByRanges } from "@/lib/matrix/split-ranges";

/** The text with the search words marked; plain text when there are none. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  const ranges = findRanges(text, terms);
  if (ranges.length === 0) return text;
  return splitByRanges(text, ranges).map((piece, i) =>
    piece.match ? (
      <mark key={i} className="hit">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
