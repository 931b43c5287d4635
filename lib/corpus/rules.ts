/**
 * Which of the method's rules a data-check problem breaks, named as a maintainer knows them
 * (docs/maintainers.md, the About page's method): the form shows it above the check's own words.
 */
import type { DataProblem } from "../load/problems";

const RULES: { rule: string; matches: (p: DataProblem) => boolean }[] = [
  { rule: "Commentary cannot carry a stance", matches: (p) => p.message.includes("rests on commentary alone") },
  { rule: "Keep the hedge", matches: (p) => /hedge|leaves out/i.test(p.message) && p.field.endsWith("quote") },
  { rule: "Own words only", matches: (p) => p.message.includes("own words") || p.field.endsWith("speaker") },
  { rule: "Quote verbatim", matches: (p) => p.field.endsWith("quote") || p.field.endsWith("prefix") || p.field.endsWith("suffix") },
  { rule: "Say where sources disagree", matches: (p) => p.field.endsWith("disagreement") },
  { rule: "A stance needs its evidence", matches: (p) => p.field.endsWith("citations") },
];

export function ruleOf(problem: DataProblem): string {
  return RULES.find((r) => r.matches(problem))?.rule ?? "The data's shape";
}
