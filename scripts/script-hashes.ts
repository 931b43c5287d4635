/**
 * Run after `next build` (npm run build, and variant builds): writes the inline-script hashes of
 * every prerendered page into the build, for the proxy's Content-Security-Policy.
 * Usage: tsx scripts/script-hashes.ts [distDir]   (default: NEXT_DIST_DIR or .next)
 */
import { writeScriptHashes } from "../lib/site/prerendered-scripts";

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const { pages } = writeScriptHashes(distDir);
console.log(`Script hashes of ${Object.values(pages).filter((h) => h.length).length} prerendered pages written to ${distDir}.`);
