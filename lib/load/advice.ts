/**
 * Messages for people: what a YAML error, a field of the wrong shape or a quote the source does
 * not hold means, and what would be right.
 */
import type { YAMLError } from "yaml";
import type { z } from "zod";
import { closestName, describeValue, show } from "./problems";
import { tooDeep } from "./nesting";
import { shownCharacter } from "../data/characters";
import { firstDifference, squash, type QuoteMatch } from "../data/quotes";
import type { Citation } from "../data/schema";

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (lines starting with \"- \", or [a, b])",
  object: "a set of fields (name: value lines)",
};

export function describeIssue(issue: z.core.$ZodIssue, got: unknown): string {
  switch (issue.code) {
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const meant = typeof got === "string" ? closestName(got, issue.values.map(String)) : undefined;
      return `expected one of ${allowed.join(", ")}${meant ? ` (did you mean ${show(meant)}?)` : ""}`;
    }
    case "invalid_type": {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      const quote = issue.expected === "string" && (typeof got === "number" || typeof got === "boolean") ? `: put it in quotes, e.g. "${String(got)}"` : "";
      return `expected ${expected}${quote}`;
    }
    case "too_small":
    case "too_big": {
      if (!/^Too (small|big)/.test(issue.message)) return `expected ${issue.message}`;
      const limit = issue.code === "too_small" ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      if (issue.origin === "string") return issue.code === "too_small" && issue.minimum === 1 ? "expected text, not empty" : `expected ${limit} characters`;
      if (issue.origin === "array") return `expected ${limit} item${Number(issue.code === "too_small" ? issue.minimum : issue.maximum) === 1 ? "" : "s"}`;
      return `expected a value of ${limit}`;
    }
    case "invalid_format":
    case "custom":
      return issue.message.startsWith("Invalid") ? issue.message.replace(/^Invalid/, "invalid") : `expected ${issue.message}`;
    default:
      return issue.message;
  }
}

export function gotText(issue: z.core.$ZodIssue, got: unknown): string {
  if (typeof got === "string" && (issue.code === "too_big" || issue.code === "too_small")) return `it has ${got.length} character${got.length === 1 ? "" : "s"}`;
  if (typeof got === "string" && got.trim() === "" && got !== "") return "it is only spaces";
  return describeValue(got);
}

/** The YAML parser's message, made specific for the mistakes people make most when editing by hand. */
export function yamlAdvice(e: YAMLError, text: string): string {
  const where = e.linePos?.[0];
  const lineText = where ? (text.split(/\r?\n/)[where.line - 1] ?? "") : "";
  const message = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const column = where ? ` (column ${where.col})` : "";
  switch (e.code) {
    case "TAB_AS_INDENT":
      return `a tab used to indent${column}: indent with spaces only`;
    case "DUPLICATE_KEY": {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1];
      return `${key ? `the field ${show(key)}` : "a field"} is written twice in the same place: keep one`;
    }
    case "RESOURCE_EXHAUSTION":
      // The engine's own words here are "Maximum call stack size exceeded": it ran out of stack on nesting.
      return /call stack/.test(message) ? tooDeep(column) : `${message}${column}`;
    case "MULTIPLE_DOCS":
      return `a second document starts here ("---"): a data file holds one document; remove the line, or move what follows into a file of its own`;
    case "BLOCK_AS_IMPLICIT_KEY":
      if (message.startsWith("Nested mappings"))
        return `${message}${column}: a value that contains ": " must be in quotes, e.g. title: "The plan: part two"`;
      return `${message}${column}: check the indentation of this line against the lines above`;
    default:
      return `${message}${column}`;
  }
}

/** What a file should hold, in words, for a message about an empty file. */
export function shapeOf(schema: z.ZodType): string {
  const def = (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
  return def.type === "array" ? 'a list of entries, each starting with "- "' : "a set of fields (name: value lines); see the README's data section";
}

export function quoteProblem(c: Citation, match: Exclude<QuoteMatch, { ok: true }>, where: string): string {
  switch (match.reason) {
    case "ambiguous":
      return `quote ${show(c.quote)} appears ${match.matches.length} times in ${where} (lines ${match.matches.map((m) => m.line).join(", ")}): ` +
        `add a "prefix" with the words just before it, or a "suffix" with the words just after, to say which`;
    case "context": {
      const side = match.selector === "prefix" ? "before" : "after";
      const given = match.selector === "prefix" ? c.prefix : c.suffix;
      const texts = match.matches.map((m) => `\n  line ${m.line}: ${m[side] ? show(m[side], 200) : `(the ${side === "before" ? "start" : "end"} of the text)`}`).join("");
      return `the ${match.selector} ${show(given)} does not match the text ${side} the quote in ${where}; ` +
        `the quote is there, and the text ${side} it is:${texts}\ncopy the ${match.selector} from there` +
        (match.matches.length === 1 ? `, or remove it: without it the quote is found just once` : "");
    }
    case "mid-word": {
      const m = match.matches[0]!;
      return `quote ${show(c.quote)} starts or ends inside a word in ${where} (line ${m.line}): quote whole words, e.g. ${show(m.words, 400)}`;
    }
    case "not-found": {
      const hint = match.closest
        ? `\nclosest passage (${where} line ${match.closest.line}): ${show(match.closest.text, 400)}` +
          `\nthe quote differs from it at character ${differsAt(c.quote, match.closest.text)}: copy the passage verbatim`
        : `; nothing in ${where} resembles it: check the "source" field`;
      return `quote ${show(c.quote)} is not found in ${where}${hint}`;
    }
  }
}

/**
 * Where a quote first differs from the passage, and the two characters there, named: a look-alike
 * letter from another script, or an invisible character, prints the same as the source's.
 */
function differsAt(quote: string, passage: string): string {
  const at = firstDifference(quote, passage);
  return `${at + 1}, where it has ${shownCharacter(squash(quote), at)} and the source has ${shownCharacter(squash(passage), at, "nothing more")}`;
}
