/**
 * Characters a reader cannot see but that change what a text shows or says: zero-width
 * characters, bidirectional controls (U+202E shows the rest of a line reversed), the byte-order
 * mark, line and paragraph separators, other format and control characters, and the letters that
 * render as nothing (the Hangul fillers, the blank Braille pattern), which pass for a space or an
 * empty title. Line feed and tab are the only ones allowed: YAML uses them for multi-line text.
 */
import { characterName } from "./characters";

const INVISIBLE = /(?![\n\t])[\p{Cc}\p{Cf}\u2028\u2029\u115f\u1160\u3164\uffa0\u2800]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** Where a text holds its first invisible character, or null when it holds none. */
export function firstInvisible(text: string): { index: number; name: string } | null {
  const m = INVISIBLE.exec(text);
  return m ? { index: m.index, name: characterName(m[0]) } : null;
}

/** Whether a text shows nothing: empty once invisible characters and white space are taken out. */
export const isBlank = (text: string) => text.replace(INVISIBLE_ALL, "").trim() === "";

/** What is wrong with a text a reader would see, or null: shows nothing, or hides an invisible character. */
export function textProblem(text: string): string | null {
  if (text !== "" && isBlank(text)) return "only spaces or invisible characters: write the text, or leave the field out where it may be left out";
  const found = firstInvisible(text);
  if (!found) return null;
  return `an invisible character, ${found.name}, at character ${found.index + 1}: delete it (it would hide, join or reorder what readers see; retype the text around it if unsure)`;
}
