/**
 * Run after `next build` (npm run build, and variant builds): finishes the build in place.
 * - V8's compile hint at the top of each page's startup scripts (lib/site/compile-hints.ts).
 * - The inline-script hashes of every prerendered page, for the proxy's Content-Security-Policy.
 * Usage: tsx scripts/finish-build.ts [distDir]   (default: NEXT_DIST_DIR or .next)
 */
import { finishBuild } from "../lib/site/finish-build";

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const { hinted, pages } = finishBuild(distDir);
console.log(`Compile hint written into ${hinted.length} startup scripts of ${distDir}.`);
console.log(`Script hashes of ${Object.values(pages).filter((h) => h.length).length} prerendered pages written to ${distDir}.`);
