/**
 * Characters a reader cannot see but that change what a text shows or says: zero-width
 * characters, bidirectional controls (U+202E shows the rest of a line reversed), the byte-order
 * mark, line and paragraph separators, and other format and control characters. Line feed and
 * tab are the only ones allowed: YAML uses them for multi-line text.
 */
const NAMES: Record<number, string> = {
  0x00ad: "SOFT HYPHEN",
  0x061c: "ARABIC LETTER MARK",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
};

const INVISIBLE = /(?![\n\t])[\p{Cc}\p{Cf}\u2028\u2029]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** "U+202E RIGHT-TO-LEFT OVERRIDE": the character as a message names it. */
export function characterName(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code] ?? (/\p{Cc}/u.test(ch) ? "a control character" : "an invisible format character");
  return `${hex} ${name}`;
}

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
