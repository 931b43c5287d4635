/**
 * `npm start` answers its static pages and files from memory (scripts/page-cache.mjs): what it
 * sends must be what Next.js sends, header for header and byte for byte, and only where nothing
 * about the request could change the answer.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";

const data = loadDataset();
/** Per response, not per page: the connection's, and the encoding each side chose. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-served-from"]);

const pageHeaders = (response: APIResponse) =>
  response
    .headersArray()
    .filter(({ name }) => !PER_RESPONSE.has(name.toLowerCase()))
    .map(({ name, value }) => `${name.toLowerCase()}: ${value}`)
    .sort();

/** A request the cache answers, once it has kept the address (the first goes to Next.js). */
async function fromMemory(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => (response = await request.get(path, { headers })).headers()["x-served-from"], { message: `${path} from memory` })
    .toBe("memory");
  return response!;
}

test.describe("pages and files served from memory", () => {
  const chunk = async (request: APIRequestContext) => /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(await (await request.get("/")).text())![0];
  const addresses = async (request: APIRequestContext) => [
    "/",
    `/issues/${data.issues[0]!.slug}`,
    `/sources/${data.sources[0]!.id}`,
    "/export/matrix.csv",
    "/changes.atom",
    await chunk(request),
  ];

  test("carry the headers and body Next.js gives the same address", async ({ request }) => {
    for (const path of await addresses(request)) {
      const kept = await fromMemory(request, path);
      // A query that means nothing to the app: the same page to Next.js, and one the cache leaves alone.
      const next = await request.get(`${path}?unread`);
      expect(next.headers()["x-served-from"], path).toBeUndefined();
      expect(kept.status(), path).toBe(next.status());
      expect(pageHeaders(kept), path).toEqual(pageHeaders(next));
      expect((await kept.body()).equals(await next.body()), `${path}: the same body`).toBe(true);
    }
  });

  test("come compressed as the browser asks, smaller with Brotli", async ({ request }) => {
    const br = await fromMemory(request, "/", { "accept-encoding": "br" });
    const gzip = await fromMemory(request, "/", { "accept-encoding": "gzip" });
    expect(br.headers()["content-encoding"]).toBe("br");
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
    expect(Number(br.headers()["content-length"])).toBeLessThan(Number(gzip.headers()["content-length"]));
    expect(await br.text()).toBe(await gzip.text());
  });

  test("answer a HEAD and a revalidation as Next.js would", async ({ request }) => {
    const page = await fromMemory(request, "/about");
    const etag = page.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const head = { headers: { "accept-encoding": "gzip, br" } };
    const [kept, next] = [await request.head("/about", head), await request.head("/about?unread", head)];
    expect(kept.headers()["x-served-from"]).toBe("memory");
    expect(kept.status()).toBe(200);
    // As the body as it is, whatever the encodings asked for.
    expect(kept.headers()["content-length"]).toBe(String((await page.body()).length));
    expect(pageHeaders(kept)).toEqual(pageHeaders(next));
    const conditional = { headers: { "if-none-match": etag } };
    const [unchanged, nextUnchanged] = [await request.get("/about", conditional), await request.get("/about?unread", conditional)];
    expect(unchanged.headers()["x-served-from"]).toBe("memory");
    expect([unchanged.status(), nextUnchanged.status()]).toEqual([304, 304]);
    for (const name of ["etag", "cache-control", "content-security-policy", "x-frame-options"])
      expect(unchanged.headers()[name], name).toBe(nextUnchanged.headers()[name]);
    expect(unchanged.headers()["content-type"]).toBeUndefined();
  });

  test("never answer the app's router, a shared view or an unknown address", async ({ request }) => {
    await fromMemory(request, "/");
    const router = await request.get("/", { headers: { rsc: "1" } });
    expect(router.headers()["x-served-from"]).toBeUndefined();
    expect(router.headers()["content-type"]).toContain("text/x-component");
    const shared = await request.get("/?cols=russia,ukraine");
    expect(shared.headers()["x-served-from"]).toBeUndefined();
    expect(shared.headers()["cache-control"]).toContain("no-store");
    const missing = await request.get("/issues/no-such-issue");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-served-from"]).toBeUndefined();
  });
});

test("a shared view is rendered in the same process, whatever the host the server listens on", async ({ request }) => {
  // Next.js names a rewrite it proxies over HTTP by its full address; one it serves itself, by its path.
  const shared = await request.get("/?cols=russia,ukraine");
  expect(shared.status()).toBe(200);
  expect(shared.headers()["x-middleware-rewrite"]).toMatch(/^\/_shared-view\?/);
});

test("a second server on a port in use ends at once, saying so", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const run = promisify(execFile);
  const failed = await run(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, PORT: port, HOST: "127.0.0.1" }, timeout: 45_000 }).then(
    () => null,
    (e: { code?: number; stderr?: string }) => e,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toContain(`Port ${port} is already in use: stop what runs there, or set PORT to another port.`);
});
