import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, HINT_MIN_BYTES, hintStartupScripts, startupScripts } from "./compile-hints";

describe("startupScripts", () => {
  it("lists the scripts a page loads at start, once each, with or without a query, and not the legacy polyfills", () => {
    const html =
      '<head><script src="/_next/static/chunks/a.js" async=""></script><link rel="preload" as="script" href="/_next/static/chunks/p.js"/>' +
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
      '<body><script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script>self.__next_f.push([1,"static/chunks/lazy.js"])</script><script data-src="/_next/static/chunks/lazy.js"></script>' +
      '<script src="/_next/static/chunks/c.js?dpl=abc" async=""></script></body>';
    expect(startupScripts(html)).toEqual(["static/chunks/a.js", "static/chunks/b.js", "static/chunks/c.js"]);
  });
});

describe("hintStartupScripts", () => {
  let distDir = "";
  const chunk = (name: string) => path.join(distDir, "static", "chunks", name);
  const big = "x".repeat(HINT_MIN_BYTES);
  beforeEach(() => {
    distDir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(distDir, "server", "app", "issues"), { recursive: true });
    mkdirSync(path.join(distDir, "static", "chunks"), { recursive: true });
    const page = (scripts: string[]) => scripts.map((s) => `<script src="/_next/static/chunks/${s}" async=""></script>`).join("");
    writeFileSync(path.join(distDir, "server", "app", "index.html"), page(["framework.js", "small.js"]));
    writeFileSync(path.join(distDir, "server", "app", "issues", "crimea.html"), page(["framework.js", "issue.js"]));
    writeFileSync(path.join(distDir, "server", "app", "_not-found.html"), page(["framework.js", "missing.js"]));
    // A page Next.js did not prerender is not read, whatever its folder holds.
    writeFileSync(path.join(distDir, "server", "app", "stray.html"), page(["lazy.js"]));
    // As Next.js writes it: the 404 is a route of its own.
    const routes = { "/": {}, "/issues/crimea": {}, "/_not-found": {}, "/export/matrix.csv": {} };
    writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ routes }));
    for (const name of ["framework.js", "issue.js", "missing.js", "lazy.js"]) writeFileSync(chunk(name), big);
    writeFileSync(chunk("small.js"), "small()");
  });
  afterEach(() => rmSync(distDir, { recursive: true, force: true }));

  it("hints the large startup scripts of every prerendered page and of the 404, and no other script", () => {
    expect(hintStartupScripts(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/issue.js", "static/chunks/missing.js"]);
    expect(readFileSync(chunk("framework.js"), "utf8")).toBe(COMPILE_HINT + big);
    expect(readFileSync(chunk("issue.js"), "utf8")).toBe(COMPILE_HINT + big);
    expect(readFileSync(chunk("lazy.js"), "utf8")).toBe(big);
    expect(readFileSync(chunk("small.js"), "utf8")).toBe("small()");
  });

  it("changes nothing when run again on the same build, and leaves a script a byte under the floor alone", () => {
    const justUnder = "y".repeat(HINT_MIN_BYTES - 1);
    writeFileSync(chunk("small.js"), justUnder);
    const first = hintStartupScripts(distDir);
    expect(hintStartupScripts(distDir)).toEqual(first);
    expect(readFileSync(chunk("framework.js"), "utf8")).toBe(COMPILE_HINT + big);
    expect(readFileSync(chunk("small.js"), "utf8")).toBe(justUnder);
  });

  it("skips a script a page names that the build does not hold", () => {
    rmSync(chunk("issue.js"));
    expect(hintStartupScripts(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/missing.js"]);
  });
});
