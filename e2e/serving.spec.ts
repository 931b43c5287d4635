/**
 * `npm start` is Next.js's own server: every prerendered page and file says how a cache in front
 * may keep it (s-maxage) and carries an ETag to revalidate with, and nothing is rendered per
 * request for a shared view or an unknown issue.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { strongEtag } from "../lib/site/etag";
import { COMPILE_HINT, HINT_MIN_BYTES, startupScripts } from "../lib/site/compile-hints";

const data = loadDataset();

test("every prerendered page and file may be kept by a shared cache", async ({ request }) => {
  for (const path of ["/export/matrix.csv", "/changes.atom", "/issues/index.json"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
  }
});

test("every prerendered page, and a shared view, is revalidated by its ETag", async ({ request }) => {
  const chunk = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(await (await request.get("/")).text())![0];
  const addresses = ["/", "/about", `/issues/${data.issues[0]!.slug}`, `/sources/${data.sources[0]!.id}`, "/?cols=russia,ukraine"];
  for (const path of addresses) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    const etag = response.headers()["etag"];
    expect(etag, path).toBeTruthy();
    expect((await request.get(path, { headers: { "if-none-match": etag! } })).status(), `${path} revalidated`).toBe(304);
  }
  // The build's chunks are named by their content: kept for a year.
  expect((await request.get(chunk)).headers()["cache-control"]).toContain("immutable");
});

test("a page's ETag is its HTML's, made at build time; the router's fetch of the same address and a shared view carry another", async ({ request }) => {
  // Next.js's own per-request hash is off (next.config.ts): the tag is the build's, of the bytes sent.
  for (const path of ["/", "/about", `/issues/${data.issues[0]!.slug}`]) {
    const response = await request.get(path);
    expect(response.headers()["etag"], path).toBe(strongEtag(await response.body()));
    const routerFetch = await request.get(path, { headers: { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" } });
    expect(routerFetch.headers()["etag"], path).not.toBe(response.headers()["etag"]);
  }
  const page = (await request.get("/")).headers()["etag"];
  const shared = (await request.get("/?stance=rejects")).headers()["etag"];
  expect(shared).toBeTruthy();
  expect(shared).not.toBe(page);
});

test("the large scripts a page starts with open with V8's compile hint, the small ones as built", async ({ request }) => {
  for (const path of ["/", `/issues/${data.issues[0]!.slug}`]) {
    const scripts = startupScripts(await (await request.get(path)).text());
    let hinted = 0;
    for (const script of scripts) {
      const body = await (await request.get(`/_next/${script}`)).body();
      const hasHint = body.subarray(0, COMPILE_HINT.length).toString() === COMPILE_HINT;
      // Its size as built, before the hint.
      const built = body.length - (hasHint ? Buffer.byteLength(COMPILE_HINT) : 0);
      expect(hasHint, `${path}: ${script} (${built} bytes as built)`).toBe(built >= HINT_MIN_BYTES);
      if (hasHint) hinted++;
    }
    // React's and Next.js's own scripts are among them, whatever the app's code.
    expect(hinted, path).toBeGreaterThanOrEqual(2);
  }
});

test("every file a route handler wrote at build time has a strong ETag from its bytes, and a request that has it gets 304", async ({ request }) => {
  const issue = data.issues[0]!.slug;
  const files = ["/export/matrix.csv", "/export/annotations.jsonld", "/changes.atom", "/changes.json", "/issues/index.json", `/issues/${issue}/feed.atom`, `/api/v1/issues/${issue}.json`, "/api/v1/openapi.json", "/sitemap.xml", `/embed/issues/${issue}`];
  const tags = new Set<string>();
  for (const path of files) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const etag = response.headers()["etag"];
    // Strong (no W/), and the same for the same bytes: a cache in front may serve ranges and revalidate.
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    expect((await request.get(path)).headers()["etag"], path).toBe(etag);
    tags.add(etag!);
    const again = await request.get(path, { headers: { "if-none-match": etag! } });
    expect(again.status(), `${path} revalidated`).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
    expect(again.headers()["etag"], path).toBe(etag);
    expect(again.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect((await request.get(path, { headers: { "if-none-match": '"something-else"' } })).status(), path).toBe(200);
  }
  expect(tags.size).toBe(files.length);
});

test("a shared view and an unknown issue cost no render: the matrix as built, the prerendered 404", async ({ request }) => {
  const matrix = await (await request.get("/")).text();
  const shared = await request.get("/?q=anything");
  expect(shared.status()).toBe(200);
  // The same document but for the head: the body (and so its scripts) is the prerendered one.
  const body = (html: string) => html.slice(html.indexOf("</head>"));
  expect(body(await shared.text())).toBe(body(matrix));
  // The app router's own request for the view's data gets the prerendered matrix's.
  const flight = await request.get("/?q=anything", { headers: { rsc: "1", "sec-fetch-dest": "empty" } });
  expect(flight.headers()["content-type"]).toContain("text/x-component");
  expect(flight.headers()["x-nextjs-prerender"]).toBeTruthy();
  const missing = await request.get("/issues/no-such-issue");
  expect(missing.status()).toBe(404);
  // The prerendered 404's scripts, allowed by their hashes: the page was not rendered for this request.
  const notFound = await request.get("/no-such-page");
  expect(body(await missing.text())).toBe(body(await notFound.text()));
});

test("a second server on a port in use ends at once, saying so", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const run = promisify(execFile);
  const failed = await run(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, PORT: port, HOST: "127.0.0.1" }, timeout: 45_000 }).then(
    () => null,
    (e: { code?: number; stderr?: string }) => e,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toContain(`Port ${port} is already in use: stop what runs there, or set PORT to another port.`);
});
