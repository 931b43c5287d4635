/**
 * How deep a data file nests. The YAML engine recurses once per level, so a file nested a thousand
 * levels deep ran out of stack with the engine's own words ("Maximum call stack size exceeded"),
 * and a megabyte of brackets took seconds to fail. Both checks here loop, never recurse.
 */
import { isMap, isPair, isSeq, Lexer, type Document } from "yaml";

/** Many times what the data needs: an issue's cells, their citations and their fields are 5 levels. */
export const MAX_DEPTH = 32;

export const tooDeep = (where: string) =>
  `nested too deeply (more than ${MAX_DEPTH} levels)${where}: the data files need at most 5 (an issue's cells, their citations, their fields); look for brackets left open or indentation that runs on`;

/** The line and column where flow collections ([…], {…}) first open past MAX_DEPTH levels, read by the lexer before the file is parsed; null when they never do. */
export function deepFlow(text: string): { line: number; col: number } | null {
  // Few brackets cannot nest deeply: most files skip the lexer.
  if ((text.match(/[[{]/g)?.length ?? 0) <= MAX_DEPTH) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      if (++depth > MAX_DEPTH) {
        const before = text.slice(0, offset);
        return { line: before.split("\n").length, col: offset - before.lastIndexOf("\n") };
      }
    } else if (token === "]" || token === "}") depth--;
    // The lexer's markers (document start, scalar, flow end) stand for no text of the file.
    if (token !== "\u0002" && token !== "\u001f" && token !== "\u0018") offset += token.length;
  }
  return null;
}

/** The source offset of the first collection nested past MAX_DEPTH levels in a parsed document, or null. */
export function deepNode(doc: Document): number | null {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isPair(node)) stack.push({ node: node.key, depth }, { node: node.value, depth });
    else if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MAX_DEPTH) return node.range?.[0] ?? 0;
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return null;
}
