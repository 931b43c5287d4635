/**
 * The HTTP edges plain `next start` must get right without a proxy in front: a trailing slash's
 * 308 with the security headers, a Range on a build file answered 416 or ignored (never a 500),
 * and TRACE never echoing the request. Requests only: no browser is started.
 */
import { test, expect, type APIResponse } from "@playwright/test";
import { SECURITY_HEADERS } from "../lib/site/csp";
import { loadDataset } from "../lib/load/load";

const issue = loadDataset().issues[0]!;

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], `${what}: ${key}`).toBe(value);
  expect(headers["content-security-policy"], `${what}: a Content-Security-Policy`).toContain("object-src 'none'");
}

test.describe("a trailing slash", () => {
  for (const [from, to] of [
    ["/about/", "/about"],
    [`/issues/${issue.slug}/?cols=russia`, `/issues/${issue.slug}?cols=russia`],
    [`/embed/issues/${issue.slug}/`, `/embed/issues/${issue.slug}`],
    ["/no-such-page/", "/no-such-page"],
  ] as const)
    test(`${from} is redirected to ${to} with the security headers`, async ({ request, baseURL }) => {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location!, baseURL).href).toBe(new URL(to, baseURL).href);
      expectSecurityHeaders(response, `308 from ${from}`);
      if (!from.startsWith("/embed/")) expect(response.headers()["x-frame-options"]).toBe("DENY");
    });

  test("never sends the reader to another host", async ({ request, baseURL }) => {
    // Repeated slashes get Next.js's own 308 (to "/evil.example/"), before any code of ours.
    const response = await request.get(`${baseURL}//evil.example/`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location!, baseURL).host).toBe(new URL(baseURL!).host);
  });
});

test.describe("a Range on a build file", () => {
  let chunk = "";
  let whole: Buffer;
  test.beforeAll(async ({ request }) => {
    const html = await (await request.get("/about")).text();
    chunk = /\/_next\/static\/[\w/.-]+\.js/.exec(html)![0];
    whole = await (await request.get(chunk)).body();
  });

  test("within the file gets the bytes asked for", async ({ request }) => {
    const response = await request.get(chunk, { headers: { range: "bytes=0-99" } });
    expect(response.status()).toBe(206);
    expect(await response.body()).toEqual(whole.subarray(0, 100));
  });

  test("past the file's end gets 416 with the file's size and the security headers, not a 500", async ({ request }) => {
    for (const range of ["bytes=999999999-", `bytes=${whole.length}-`]) {
      const response = await request.get(chunk, { headers: { range } });
      expect(response.status(), range).toBe(416);
      expect(response.headers()["content-range"], range).toBe(`bytes */${whole.length}`);
      expectSecurityHeaders(response, `416 for ${range}`);
    }
  });

  test("malformed, or several ranges, is ignored: the whole file, not a 500", async ({ request }) => {
    for (const range of ["bytes=abc", "bytes=5-1", "bytes=0-1,5-9"]) {
      const response = await request.get(chunk, { headers: { range } });
      expect(response.status(), range).toBe(200);
      expect((await response.body()).equals(whole), range).toBe(true);
    }
  });
});

test("TRACE never echoes the request back (only a proxy in front answers it 405: docs/deploying.md)", async ({ request }) => {
  const secret = "trace-must-not-echo-this";
  const response = await request.fetch("/about", { method: "TRACE", headers: { "x-probe": secret } });
  expect(response.status()).not.toBe(200);
  expect(await response.text()).not.toContain(secret);
});
