import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, mayBeFramed, MAX_SCRIPT_HASHES, prerenderedHtmlFile, SECURITY_HEADERS } from "./csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));
const sha = (s: string) => `sha256-${createHash("sha256").update(s).digest("base64")}`;

describe("contentSecurityPolicy", () => {
  it("allows scripts by origin, nonce and hash, never inline or eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", scriptHashes: ["sha256-xyz"] });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc' 'sha256-xyz'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  });

  it("forbids framing, plugins and foreign base URLs", () => {
    const csp = contentSecurityPolicy();
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
  });

  it("lets any site frame an embeddable card, and changes nothing else", () => {
    const framed = contentSecurityPolicy({ nonce: "abc", framed: true });
    expect(directive(framed, "frame-ancestors")).toBe("frame-ancestors *");
    const others = (csp: string) => csp.split("; ").filter((d) => !d.startsWith("frame-ancestors "));
    expect(others(framed)).toEqual(others(contentSecurityPolicy({ nonce: "abc" })));
  });

  it("falls back to 'unsafe-inline' alone for a page with too many inline scripts to list", () => {
    const many = Array.from({ length: MAX_SCRIPT_HASHES + 1 }, (_, i) => `sha256-${i}`);
    expect(directive(contentSecurityPolicy({ nonce: "abc", scriptHashes: many }), "script-src")).toBe(
      "script-src 'self' 'unsafe-inline'",
    );
    const most = many.slice(1);
    expect(directive(contentSecurityPolicy({ scriptHashes: most }), "script-src")).not.toContain("unsafe-inline");
  });

  it("adds 'unsafe-eval' only for the development server", () => {
    expect(directive(contentSecurityPolicy({ dev: true }), "script-src")).toBe("script-src 'self' 'unsafe-eval'");
  });
});

describe("mayBeFramed", () => {
  it("is true for the embeddable cards only", () => {
    expect(mayBeFramed("/embed/issues/crimea")).toBe(true);
    expect(mayBeFramed("/issues/crimea")).toBe(false);
    expect(mayBeFramed("/embed")).toBe(false);
    expect(mayBeFramed("/embedded/issues/crimea")).toBe(false);
  });
});

describe("SECURITY_HEADERS", () => {
  it("turns off MIME sniffing and sets a referrer and a permissions policy", () => {
    const byName = new Map(SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName.get("x-content-type-options")).toBe("nosniff");
    expect(byName.get("referrer-policy")).toBeTruthy();
    expect(byName.get("permissions-policy")).toMatch(/camera=\(\)/);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text and skips scripts loaded from a file", () => {
    const html =
      '<head><script src="/a.js" async=""></script><script id="_R_">boot()</script></head>' +
      "<body><script>self.__next_f.push([1,\"é\"])</script><SCRIPT>x</SCRIPT ></body>";
    expect(inlineScriptHashes(html)).toEqual([sha("boot()"), sha('self.__next_f.push([1,"é"])'), sha("x")]);
  });

  it("lists a repeated script once", () => {
    expect(inlineScriptHashes("<script>a</script><script>a</script>")).toEqual([sha("a")]);
  });
});

describe("prerenderedHtmlFile", () => {
  it("maps a path to the HTML file next build writes for it", () => {
    expect(prerenderedHtmlFile("/")).toBe("index.html");
    expect(prerenderedHtmlFile("/about")).toBe("about.html");
    expect(prerenderedHtmlFile("/issues/crimea/")).toBe("issues/crimea.html");
  });

  it("refuses paths that could leave the build folder or are not plain names", () => {
    expect(prerenderedHtmlFile("/../etc/passwd")).toBeNull();
    expect(prerenderedHtmlFile("/issues/%2e%2e")).toBeNull();
    expect(prerenderedHtmlFile("/a//b")).toBeNull();
  });
});
