/**
 * Characters as messages name them: "U+0430, a Cyrillic small letter" beside "U+0061 LATIN SMALL
 * LETTER A", so that a quote that prints like its source but is not found says why. Only the
 * characters a hand-typed or pasted quote meets are named in full; others get their script or kind.
 * (A full name table, the unicode-name package, takes 215 ms to load on every data check, for a
 * message that is rarely shown.)
 */
const NAMES: Record<number, string> = {
  0x0009: "CHARACTER TABULATION",
  0x0020: "SPACE",
  0x0022: "QUOTATION MARK",
  0x0027: "APOSTROPHE",
  0x002c: "COMMA",
  0x002d: "HYPHEN-MINUS",
  0x002e: "FULL STOP",
  0x003a: "COLON",
  0x003b: "SEMICOLON",
  0x0060: "GRAVE ACCENT",
  0x00a0: "NO-BREAK SPACE",
  0x00ad: "SOFT HYPHEN",
  0x00b4: "ACUTE ACCENT",
  0x02bc: "MODIFIER LETTER APOSTROPHE",
  0x061c: "ARABIC LETTER MARK",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x2010: "HYPHEN",
  0x2011: "NON-BREAKING HYPHEN",
  0x2013: "EN DASH",
  0x2014: "EM DASH",
  0x2018: "LEFT SINGLE QUOTATION MARK",
  0x2019: "RIGHT SINGLE QUOTATION MARK",
  0x201c: "LEFT DOUBLE QUOTATION MARK",
  0x201d: "RIGHT DOUBLE QUOTATION MARK",
  0x2026: "HORIZONTAL ELLIPSIS",
  0x2032: "PRIME",
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
  0x2212: "MINUS SIGN",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x2800: "BRAILLE PATTERN BLANK",
  0x3164: "HANGUL FILLER",
  0xffa0: "HALFWIDTH HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
};

const DIGITS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

/** The scripts whose letters pass for Latin ones, or that a source in this field is written in. */
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian", "Cherokee", "Coptic", "Georgian", "Hebrew", "Arabic", "Han", "Hangul"].map(
  (name) => [name, new RegExp(`^\\p{Script=${name}}$`, "u")] as const,
);

/** What a character is, when it has no name here: its script and case for a letter, else its kind. */
function kind(ch: string): string {
  if (/\p{L}/u.test(ch)) {
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0];
    const letter = /\p{Lu}/u.test(ch) ? "capital letter" : /\p{Ll}/u.test(ch) ? "small letter" : "letter";
    return `a${script ? ` ${script}` : ""} ${letter}`.replace(/^a (?=[AEIOU])/, "an ");
  }
  if (/\p{Cc}/u.test(ch)) return "a control character";
  if (/\p{Cf}/u.test(ch)) return "an invisible format character";
  if (/\p{M}/u.test(ch)) return "a combining mark (an accent joined to the letter before it)";
  if (/\p{Z}/u.test(ch)) return "a space character";
  if (/\p{N}/u.test(ch)) return "a digit or number";
  if (/\p{P}/u.test(ch)) return "a punctuation mark";
  if (/\p{S}/u.test(ch)) return "a symbol";
  return "an unassigned or private-use character";
}

function name(code: number, ch: string): string {
  const named = NAMES[code];
  if (named) return named;
  if (/^[a-z]$/.test(ch)) return `LATIN SMALL LETTER ${ch.toUpperCase()}`;
  if (/^[A-Z]$/.test(ch)) return `LATIN CAPITAL LETTER ${ch}`;
  if (/^[0-9]$/.test(ch)) return `DIGIT ${DIGITS[Number(ch)]}`;
  return kind(ch);
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE", "U+0430 a Cyrillic small letter": the (first) character of `ch`. */
export function characterName(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${hex} ${name(code, String.fromCodePoint(code))}`;
}

/** Whether a reader would see the character printed: not white space, not a control or format character, not a filler. */
export const isVisible = (ch: string) => !/^[\s\p{C}\p{Z}\u3164\u115f\u1160\uffa0\u2800]/u.test(ch);

/** The character at `index` of `text` as a message shows it: printed and named, named only when invisible, or the end of the text. */
export function shownCharacter(text: string, index: number, end = "nothing (it ends there)"): string {
  // Back to the start of a surrogate pair, so an astral character is named whole.
  const at = index > 0 && /[\ud800-\udbff]/.test(text[index - 1] ?? "") && /[\udc00-\udfff]/.test(text[index] ?? "") ? index - 1 : index;
  const code = text.codePointAt(at);
  if (code === undefined) return end;
  const ch = String.fromCodePoint(code);
  return isVisible(ch) ? `"${ch}" (${characterName(ch)})` : characterName(ch);
}
