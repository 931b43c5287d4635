/**
 * V8's explicit compile hint, written into the build's startup scripts after `next build`
 * (scripts/finish-build.ts). A script that opens with the magic comment has every function
 * compiled while it downloads, on the thread that streams it (Chrome 136 and later). Without it,
 * V8 compiles each function on the main thread the first time it runs: for the matrix on a phone
 * that is most of the first long task after the first paint. Other engines read a comment.
 * Server-only (file system).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prerenderedHtmlFile } from "./csp";
import { prerenderedRoutes } from "./prerendered-scripts";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Scripts smaller than this are left alone: compiling them costs little either way, and the
 * comment costs about 22 gzip bytes a file (measured with first-load traces of a phone-sized
 * page, docs/developing.md: hinting the three small startup scripts as well took no more time off).
 */
export const HINT_MIN_BYTES = 10_000;

/**
 * The scripts a page loads as it starts: the `<script src>` tags of its HTML (a chunk loaded on
 * demand, such as the citation library, is never one), as paths under the build's folder.
 * The legacy-browser polyfills (`noModule`) are not run by a browser that reads the hint.
 */
export function startupScripts(html: string): string[] {
  const scripts = new Set<string>();
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\ssrc="\/_next\/(static\/[^"?#]+\.js)(?:\?[^"]*)?"[^>]*>/g)) {
    if (!/\bnoModule\b/i.test(tag)) scripts.add(src!);
  }
  return [...scripts];
}

/** The HTML of every page the build prerendered (its 404 too: the manifest names `/_not-found`). */
function prerenderedPages(distDir: string): string[] {
  const names = prerenderedRoutes(distDir).map(prerenderedHtmlFile);
  return names.flatMap((name) => (name ? [path.join(distDir, "server", "app", name)] : [])).filter((file) => existsSync(file));
}

/**
 * Hints every startup script of every prerendered page (of HINT_MIN_BYTES or more) in place, and
 * returns those it found and hinted, as paths under the build's folder. Run again, it changes nothing.
 */
export function hintStartupScripts(distDir: string): string[] {
  const scripts = new Set(prerenderedPages(distDir).flatMap((file) => startupScripts(readFileSync(file, "utf8"))));
  const hinted: string[] = [];
  for (const script of [...scripts].sort()) {
    const file = path.join(distDir, script);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, "utf8");
    // As built: a build hinted before is judged by the same size.
    const built = source.startsWith(COMPILE_HINT) ? source.slice(COMPILE_HINT.length) : source;
    if (Buffer.byteLength(built) < HINT_MIN_BYTES) continue;
    if (built === source) writeFileSync(file, COMPILE_HINT + source);
    hinted.push(script);
  }
  return hinted;
}
