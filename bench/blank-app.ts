/**
 * A blank Next.js app (one page with a heading, no client code of its own) built with this
 * project's own next and react, via a node_modules link: the baseline for JavaScript weight.
 * No file in bench/ may be named like a Next.js convention file (proxy.ts, middleware.ts,
 * instrumentation.ts): Turbopack took bench/proxy.ts for this app's proxy and refused to build it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, run } from "../scripts/variant/processes";

export const BLANK_DIR = path.join(ROOT, "bench", "tmp", "blank");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "blank", private: true, type: "module" }),
  // Its node_modules is a link into this project, which has two lockfiles (the app's and the bench's):
  // Turbopack is told the root, or it guesses it from the lockfiles and stops the build.
  "next.config.mjs": `const root = ${JSON.stringify(ROOT)};\nexport default { poweredByHeader: false, turbopack: { root }, outputFileTracingRoot: root };\n`,
  // Under that root, an app without a proxy of its own may be given a file of the project's for one (it once
  // took bench/proxy.ts and failed to build): this one matches no path, so no request runs it and it adds no script.
  "proxy.js": `import { NextResponse } from "next/server";\nexport function proxy() {\n  return NextResponse.next();\n}\nexport const config = { matcher: "/_never" };\n`,
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

const RECORD = path.join(BLANK_DIR, "build-ms.json");

/** A build of these very files, newer than the installed next and react, is reused: its recorded duration. */
function reusable(): number | null {
  const built = statSync(path.join(BLANK_DIR, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!built || !existsSync(RECORD)) return null;
  const installed = ["next", "react", "react-dom"].map((p) => statSync(path.join(ROOT, "node_modules", p, "package.json")).mtimeMs);
  if (installed.some((t) => t > built.mtimeMs)) return null;
  const same = Object.entries(FILES).every(([name, text]) => existsSync(path.join(BLANK_DIR, name)) && readFileSync(path.join(BLANK_DIR, name), "utf8") === text);
  return same ? (JSON.parse(readFileSync(RECORD, "utf8")) as { ms: number }).ms : null;
}

/** Writes and builds the blank app (or reuses its build); returns the build's duration. */
export async function buildBlankApp(): Promise<number> {
  const previous = reusable();
  if (previous !== null) return previous;
  rmSync(BLANK_DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(BLANK_DIR, name)), { recursive: true });
    writeFileSync(path.join(BLANK_DIR, name), text);
  }
  symlinkSync(path.relative(BLANK_DIR, path.join(ROOT, "node_modules")), path.join(BLANK_DIR, "node_modules"));
  const result = await run(NEXT_BIN, ["build", BLANK_DIR], { NEXT_TELEMETRY_DISABLED: "1" });
  if (result.code !== 0) throw new Error(`next build of the blank app failed:\n${result.output}`);
  writeFileSync(RECORD, JSON.stringify({ ms: result.ms }));
  return result.ms;
}
