import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheKey,
  chooseEncoding,
  createPageCache,
  FILL_HEADER,
  keepable,
  notModified,
  SERVED_HEADER,
  staticRoutes,
  type Answer,
  type Routes,
} from "./page-cache.mjs";

const page = "<!DOCTYPE html><html><body>" + "<p>A page worth compressing.</p>".repeat(100) + "</body></html>";
const NEXT_HEADERS: [string, string][] = [
  ["Content-Security-Policy", "default-src 'self'"],
  ["Vary", "rsc, Accept-Encoding"],
  ["x-nextjs-prerender", "1"],
  ["x-nextjs-prerender", "1"],
  ["Cache-Control", "s-maxage=31536000"],
  ["ETag", '"abc"'],
  ["Content-Type", "text/html; charset=utf-8"],
  ["Date", "Tue, 01 Dec 2026 12:00:00 GMT"],
  ["Connection", "keep-alive"],
];
const answer = (over: Partial<Answer> = {}): Answer => ({ status: 200, headers: NEXT_HEADERS, body: Buffer.from(page), ...over });
const routes: Routes = new Map([
  ["/", [{ type: "header", key: "next-action" }, { type: "header", key: "content-type", value: "multipart/form-data;.*" }]],
  ["/about", []],
  ["/_next/static/chunks/a.js", []],
]);
const get = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") => ({ method, url, headers });

describe("chooseEncoding", () => {
  it("prefers Brotli, then gzip, when the client takes both alike", () => {
    expect(chooseEncoding("gzip, deflate, br", ["br", "gzip"])).toBe("br");
    expect(chooseEncoding("gzip, deflate", ["br", "gzip"])).toBe("gzip");
  });
  it("follows the client's q-values", () => {
    expect(chooseEncoding("br;q=0.1, gzip;q=0.5", ["br", "gzip"])).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, identity;q=0.2", ["gzip"])).toBe("identity");
  });
  it("sends the body as it is to a client that names no encoding, or none kept", () => {
    expect(chooseEncoding(undefined, ["br", "gzip"])).toBe("identity");
    expect(chooseEncoding("zstd", ["br", "gzip"])).toBe("identity");
  });
  it("reads names with spaces around them", () => {
    expect(chooseEncoding("*, br ;q=0", ["br", "gzip"])).toBe("gzip");
    expect(chooseEncoding(" gzip ; q=0.8 , br ; q=0.9", ["br", "gzip"])).toBe("br");
  });
  it("finds nothing acceptable when the client refuses the body as it is and every kept encoding", () => {
    expect(chooseEncoding("identity;q=0", [])).toBeNull();
    expect(chooseEncoding("*;q=0", ["gzip"])).toBeNull();
    expect(chooseEncoding("br;q=0, *;q=0", ["br"])).toBeNull();
  });
});

describe("cacheKey", () => {
  it("names a prerendered address asked for with GET or HEAD, and the build's static files", () => {
    expect(cacheKey(get("/about"), routes)).toBe("/about");
    expect(cacheKey(get("/about", {}, "HEAD"), routes)).toBe("/about");
    expect(cacheKey(get("/_next/static/chunks/a.js"), routes)).toBe("/_next/static/chunks/a.js");
  });
  it("leaves other methods, addresses and queries to Next.js", () => {
    expect(cacheKey(get("/about", {}, "POST"), routes)).toBeNull();
    expect(cacheKey(get("/issues/unknown"), routes)).toBeNull();
    expect(cacheKey(get("/_next/static/chunks/not-built.js"), routes)).toBeNull();
    expect(cacheKey(get("/?cols=russia"), routes)).toBeNull();
    expect(cacheKey(get("/about?"), routes)).toBeNull();
    expect(cacheKey(get("/about/"), routes)).toBeNull();
  });
  it("leaves the router's data requests, ranges and its own fills to Next.js", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url", "range", FILL_HEADER])
      expect(cacheKey(get("/about", { [header]: "1" }), routes), header).toBeNull();
  });
  it("leaves to Next.js the conditions it answers its own way, and a client asking for no cached answer", () => {
    for (const header of ["if-match", "if-unmodified-since", "if-modified-since", "if-range"])
      expect(cacheKey(get("/_next/static/chunks/a.js", { [header]: "x" }), routes), header).toBeNull();
    expect(cacheKey(get("/about", { "cache-control": "no-cache" }), routes)).toBeNull();
    expect(cacheKey(get("/about", { pragma: "no-cache" }), routes)).toBeNull();
    expect(cacheKey(get("/about", { "cache-control": "max-age=0" }), routes)).toBe("/about");
    expect(cacheKey(get("/about", { "if-none-match": '"abc"' }), routes)).toBe("/about");
  });
  it("leaves draft mode to Next.js, and other cookies to the page", () => {
    expect(cacheKey(get("/about", { cookie: "a=1; __prerender_bypass=x" }), routes)).toBeNull();
    expect(cacheKey(get("/about", { cookie: "theme=dark" }), routes)).toBe("/about");
  });
  it("honours the build's own reasons to render a page afresh", () => {
    expect(cacheKey(get("/", { "next-action": "x" }), routes)).toBeNull();
    expect(cacheKey(get("/", { "content-type": "multipart/form-data; boundary=a" }), routes)).toBeNull();
    expect(cacheKey(get("/", { "content-type": "text/plain" }), routes)).toBe("/");
  });
});

describe("keepable", () => {
  it("keeps a 200 that a shared cache may keep", () => {
    expect(keepable(answer())).toBe("yes");
  });
  it("never keeps what may differ between requests", () => {
    expect(keepable(answer({ status: 404 }))).toBe("never");
    expect(keepable(answer({ headers: [["Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"]] }))).toBe("never");
    expect(keepable(answer({ headers: [["Content-Type", "text/html"]] }))).toBe("never");
    expect(keepable(answer({ headers: [...NEXT_HEADERS, ["Set-Cookie", "a=b"]] }))).toBe("never");
    expect(keepable(answer({ headers: [...NEXT_HEADERS, ["x-middleware-rewrite", "/elsewhere"]] }))).toBe("never");
    expect(keepable(answer({ headers: [...NEXT_HEADERS, ["Vary", "Cookie"]] }))).toBe("never");
  });
  it("asks again later after an error, which may pass", () => {
    expect(keepable(answer({ status: 500 }))).toBe("later");
    expect(keepable(answer({ status: 503 }))).toBe("later");
  });
});

describe("notModified", () => {
  it("matches the ETag, weak or strong, alone or in a list, and *", () => {
    expect(notModified('"abc"', '"abc"')).toBe(true);
    expect(notModified('W/"abc"', '"abc"')).toBe(true);
    expect(notModified('"x", "abc"', '"abc"')).toBe(true);
    expect(notModified("*", '"abc"')).toBe(true);
    expect(notModified('"x"', '"abc"')).toBe(false);
    expect(notModified(undefined, '"abc"')).toBe(false);
    expect(notModified('"abc"', null)).toBe(false);
  });
});

describe("staticRoutes", () => {
  it("lists the build's pages prerendered for good, without Next's own, and its static files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "page-cache-"));
    mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
    writeFileSync(path.join(dir, "static", "chunks", "a.js"), "");
    const manifest = {
      routes: {
        "/": { initialRevalidateSeconds: false, experimentalBypassFor: [{ type: "header", key: "next-action" }] },
        "/hourly": { initialRevalidateSeconds: 3600 },
        "/_not-found": { initialRevalidateSeconds: false },
        "/about": { initialRevalidateSeconds: false },
      },
    };
    writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify(manifest));
    try {
      expect([...staticRoutes(dir)]).toEqual([
        ["/", [{ type: "header", key: "next-action" }]],
        ["/about", []],
        ["/_next/static/chunks/a.js", []],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A server with the cache in front of a stand-in for Next.js that counts what reaches it. */
async function serverWith(fill: (url: string) => Promise<Answer>, options: Omit<Parameters<typeof createPageCache>[0], "routes" | "fill"> = {}) {
  const cache = createPageCache({ routes, fill, ...options });
  const reachedNext: string[] = [];
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return;
    reachedNext.push(req.url!);
    res.writeHead(200, { "content-type": "text/plain" }).end("from next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { cache, reachedNext, base };
}
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** The raw response (no decompression), with its headers as sent. */
function request(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: [string, string][]; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const pairs: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode!, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}
const header = (r: { headers: [string, string][] }, name: string) => r.headers.filter(([k]) => k.toLowerCase() === name).map(([, v]) => v);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe("createPageCache", () => {
  it("lets the first request through, fills once, then answers with Next's headers and body", async () => {
    const fills: string[] = [];
    const { cache, reachedNext, base } = await serverWith(async (url) => (fills.push(url), answer()));
    await Promise.all([request(`${base}/about`), request(`${base}/about`)]);
    expect(reachedNext).toEqual(["/about", "/about"]);
    await until(() => cache.size().entries === 1);
    const hit = await request(`${base}/about`);
    expect(fills).toEqual(["/about"]);
    expect(reachedNext).toHaveLength(2);
    expect(hit.body.toString()).toBe(page);
    expect(header(hit, SERVED_HEADER)).toEqual(["memory"]);
    expect(header(hit, "x-nextjs-prerender")).toEqual(["1", "1"]);
    expect(header(hit, "etag")).toEqual(['"abc"']);
    expect(header(hit, "content-length")).toEqual([String(page.length)]);
    // Its own date and connection, not the fill's.
    expect(header(hit, "date")).toHaveLength(1);
    expect(header(hit, "date")[0]).not.toBe("Tue, 01 Dec 2026 12:00:00 GMT");
    expect(header(hit, "connection")).toHaveLength(1);
  });

  it("sends the encoding asked for, each decoding to the same page", async () => {
    const { cache, base } = await serverWith(async () => answer());
    await request(`${base}/about`);
    await until(() => cache.size().entries === 1);
    const br = await request(`${base}/about`, { "accept-encoding": "gzip, br" });
    const gz = await request(`${base}/about`, { "accept-encoding": "gzip" });
    expect(header(br, "content-encoding")).toEqual(["br"]);
    expect(header(gz, "content-encoding")).toEqual(["gzip"]);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(header(br, "content-length")).toEqual([String(br.body.length)]);
  });

  it("answers HEAD without a body, as the body as it is, and a matching If-None-Match with 304", async () => {
    const { cache, base } = await serverWith(async () => answer());
    await request(`${base}/about`);
    await until(() => cache.size().entries === 1);
    const head = await request(`${base}/about`, { "accept-encoding": "gzip, br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(header(head, "content-length")).toEqual([String(page.length)]);
    expect(header(head, "content-encoding")).toEqual([]);
    const cached = await request(`${base}/about`, { "if-none-match": '"abc"' });
    expect(cached.status).toBe(304);
    expect(cached.body).toHaveLength(0);
    expect(header(cached, "etag")).toEqual(['"abc"']);
  });

  it("never keeps, nor asks again for, an answer that may differ between requests", async () => {
    const fills: string[] = [];
    const { cache, reachedNext, base } = await serverWith(async (url) => (fills.push(url), answer({ headers: [["Cache-Control", "private"]] })));
    await request(`${base}/about`);
    await until(() => fills.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    await request(`${base}/about`);
    await request(`${base}/about`);
    expect(fills).toEqual(["/about"]);
    expect(reachedNext).toHaveLength(3);
    expect(cache.size().entries).toBe(0);
  });

  it("asks again a while after a failed fill", async () => {
    let clock = 0;
    let fails = true;
    const fills: string[] = [];
    const { cache, base } = await serverWith(
      async (url) => {
        fills.push(url);
        if (fails) throw new Error("connection reset");
        return answer();
      },
      { now: () => clock },
    );
    await request(`${base}/about`);
    await until(() => fills.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    await request(`${base}/about`);
    expect(fills).toHaveLength(1);
    fails = false;
    clock += 60_000;
    await request(`${base}/about`);
    await until(() => cache.size().entries === 1);
    expect(fills).toHaveLength(2);
    expect(header(await request(`${base}/about`), SERVED_HEADER)).toEqual(["memory"]);
  });

  it("keeps no more than its budget of bytes, and asks no more for what does not fit", async () => {
    const fills: string[] = [];
    const { cache, reachedNext, base } = await serverWith(async (url) => (fills.push(url), answer()), { maxBytes: page.length + 10 });
    for (let i = 0; i < 4; i++) {
      await request(`${base}/about`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(fills).toEqual(["/about"]);
    expect(reachedNext).toHaveLength(4);
    expect(cache.size().entries).toBe(0);
  });

  it("says once that a fill failed, then keeps quiet until it works", async () => {
    const errors: string[] = [];
    let clock = 0;
    const { base } = await serverWith(async () => Promise.reject(new Error("reset")), { now: () => clock, onFillError: (url) => errors.push(url) });
    await request(`${base}/about`);
    await until(() => errors.length === 1);
    clock += 60_000;
    await request(`${base}/about`);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).toEqual(["/about"]);
  });

  it("keeps a small or binary body only as it is", async () => {
    const { cache, base } = await serverWith(async () => answer({ headers: [["Cache-Control", "max-age=60"], ["Content-Type", "image/png"]], body: Buffer.alloc(5000, 7) }));
    await request(`${base}/about`);
    await until(() => cache.size().entries === 1);
    const hit = await request(`${base}/about`, { "accept-encoding": "gzip, br" });
    expect(header(hit, "content-encoding")).toEqual([]);
    expect(hit.body).toHaveLength(5000);
    expect(header(hit, "vary")).toEqual([]);
  });
});
