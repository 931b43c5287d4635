/**
 * A blank Next.js app (one page with a heading, no client code of its own) built with this
 * project's own next and react, via a node_modules link: the baseline for JavaScript weight.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, run } from "../scripts/variant/processes";

export const BLANK_DIR = path.join(ROOT, "bench", "tmp", "blank");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "blank", private: true, type: "module" }),
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  // JSX, not TSX: no TypeScript setup, so nothing is written back into this project.
  "app/layout.jsx": `export const metadata = { title: "Blank" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  "app/page.jsx": `export default function Page() {
  return <main><h1>Blank</h1></main>;
}
`,
};

/** Writes and builds the blank app; returns the build's duration. */
export async function buildBlankApp(): Promise<number> {
  rmSync(BLANK_DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(BLANK_DIR, name)), { recursive: true });
    writeFileSync(path.join(BLANK_DIR, name), text);
  }
  symlinkSync(path.relative(BLANK_DIR, path.join(ROOT, "node_modules")), path.join(BLANK_DIR, "node_modules"));
  const result = await run(NEXT_BIN, ["build", BLANK_DIR], { NEXT_TELEMETRY_DISABLED: "1" });
  if (result.code !== 0) throw new Error(`next build of the blank app failed:\n${result.output}`);
  return result.ms;
}
