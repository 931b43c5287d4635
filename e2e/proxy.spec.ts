/**
 * deploy/nginx/positions-matrix.conf, as shipped, in front of the test server: it keeps and
 * compresses every prerendered page and file, and answers the HTTP edges Next.js's own server
 * does not (TRACE, ranges it cannot satisfy, the framework's headers, headers on every answer).
 */
import http from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { NGINX, startNginx, type Proxy } from "../scripts/nginx";
import { freePort } from "../scripts/variant/serve";

const data = loadDataset();
const SECURITY = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-resource-policy", "strict-transport-security"];

/** A raw request: fetch and Playwright refuse TRACE. */
function raw(url: string, method: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("behind deploy/nginx", () => {
  test.skip(!NGINX, "nginx is not installed (apt-get install nginx-light)");
  // One nginx for the lot: its cache is what is under test.
  test.describe.configure({ mode: "serial" });
  let proxy: Proxy;
  test.beforeAll(async ({ baseURL }) => {
    proxy = await startNginx(await freePort(), new URL(baseURL!).host);
  });
  test.afterAll(async () => proxy?.stop());

  /** Asks twice: the second answer must come from nginx's cache. */
  async function twice(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
    await request.get(proxy.url + path, { headers });
    return request.get(proxy.url + path, { headers });
  }

  test("keeps every prerendered page and file after its first request, compressed, with s-maxage and an ETag", async ({ request }) => {
    const chunk = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(await (await request.get(proxy.url + "/")).text())![0];
    for (const path of ["/", "/about", `/issues/${data.issues[0]!.slug}`, "/export/matrix.csv", "/changes.atom", chunk]) {
      const response = await twice(request, path, { "accept-encoding": "gzip" });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-cache"], path).toBe("HIT");
      expect(response.headers()["content-encoding"], path).toBe("gzip");
      expect(response.headers()["cache-control"], path).toMatch(/s-maxage|immutable/);
      // The build tags its pages and its route handlers' files (proxy.ts); chunks are named by their content.
      if (!path.endsWith(".js")) expect(response.headers()["etag"], path).toBeTruthy();
    }
  });

  test("unzips a kept page for a client that takes no gzip", async ({ request }) => {
    // Next.js fills the cache with gzipped pages (see the configuration's `location /`).
    const page = await twice(request, "/about", { "accept-encoding": "identity" });
    expect(page.headers()["x-cache"]).toBe("HIT");
    expect(page.headers()["content-encoding"]).toBeUndefined();
    expect(await page.text()).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/i);
  });

  test("keeps the app router's data apart from the page's HTML", async ({ request }) => {
    const html = await twice(request, "/about");
    const flight = await twice(request, "/about", { rsc: "1" });
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(flight.headers()["content-type"]).toContain("text/x-component");
  });

  test("never keeps a page Next.js renders per request", async ({ request }) => {
    const missing = await twice(request, "/issues/no-such-issue");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-cache"]).not.toBe("HIT");
  });

  test("answers TRACE and other methods with 405 and Allow, never a stack trace", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PROPFIND"]) {
      const response = await raw(`${proxy.url}/about`, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe("GET, HEAD");
      expect(response.body, method).not.toMatch(/at .*\.js/);
      for (const name of SECURITY) expect(response.headers[name], `${method}: ${name}`).toBeTruthy();
    }
  });

  test("answers a range it cannot satisfy with 416, and a malformed one never with 500", async ({ request }) => {
    const chunk = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(await (await request.get(proxy.url + "/")).text())![0];
    // Ranges are of the bytes as stored: nginx cuts none from a body it compresses on the way.
    const ranged = (range: string) => request.get(proxy.url + chunk, { headers: { range, "accept-encoding": "identity" } });
    await ranged("bytes=0-");
    expect((await ranged("bytes=0-99")).status()).toBe(206);
    expect((await ranged("bytes=999999999-")).status()).toBe(416);
    // A malformed range: 416 or the whole body, never a 500.
    for (const range of ["bytes=abc", "bytes=5-1"]) expect([200, 416], range).toContain((await ranged(range)).status());
  });

  test("sends none of the framework's own headers, and the security headers on every answer, redirects included", async ({ request }) => {
    for (const path of ["/", "/about", "/issues/no-such-issue", "/export/matrix.csv"]) {
      const response = await request.get(proxy.url + path);
      for (const name of Object.keys(response.headers())) expect(name, path).not.toMatch(/^x-nextjs-|^x-middleware-|^x-powered-by$/);
    }
    const redirect = await request.get(proxy.url + "/about/", { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    for (const name of SECURITY) expect(redirect.headers()[name], `308: ${name}`).toBeTruthy();
    expect(redirect.headers()["x-frame-options"]).toBe("DENY");
  });
});
