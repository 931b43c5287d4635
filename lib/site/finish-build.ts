/**
 * What `next build` leaves to be done to its output, in one place for `npm run build`
 * (scripts/finish-build.ts) and the variant builds of the tests and the benchmark
 * (scripts/variant/build.ts). Server-only (file system).
 */
import { hintStartupScripts } from "./compile-hints";
import { writeScriptHashes, type ScriptHashes } from "./prerendered-scripts";

export function finishBuild(distDir: string): ScriptHashes & { hinted: string[] } {
  const hinted = hintStartupScripts(distDir);
  return { ...writeScriptHashes(distDir), hinted };
}
