/**
 * Serves a production build: Next.js behind the page cache (page-cache.mjs), on one port.
 * `npm start` (start.mjs) builds first when it must, then calls `serve`; the browser tests'
 * variant servers and the benchmark run this file directly, on a build that exists.
 *
 * Usage: node scripts/server.mjs [app-dir]   (PORT, HOST and NEXT_DIST_DIR from the environment)
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPageCache, FILL_HEADER, staticRoutes } from "./page-cache.mjs";

/**
 * @param {{ dir?: string, host?: string, port?: number }} options
 * @returns {Promise<http.Server>} once it listens
 */
export async function serve({ dir = process.cwd(), host = "localhost", port = 3000 } = {}) {
  // As `next start` does: React and Next.js load their production builds only when told so first.
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  // Next.js gives the proxy each request as http://localhost:<port>, whatever the server listens
  // on, and takes a rewrite to any other origin for an external one, fetched over HTTP. Named the
  // same here, a rewrite (the shared view of the matrix) stays inside the process.
  const app = next({ dev: false, dir, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const distDir = path.join(dir, process.env.NEXT_DIST_DIR ?? ".next");
  const server = http.createServer();
  const cache = createPageCache({
    routes: staticRoutes(distDir),
    fill: (url) => fetchOwn(server, url),
    onFillError: (url, error) => console.warn(`The page cache could not ask for ${url} (it will try again): ${error instanceof Error ? error.message : error}`),
  });
  server.on("request", async (req, res) => {
    if (cache.serve(req, res)) return;
    // As `next start` does: an error Next.js lets through is a 500, not the end of the server.
    try {
      await handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => (server.off("error", reject), resolve(undefined)));
  });
  server.on("error", (error) => console.error(error));
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]])
    process.once(signal, () => {
      // Answers under way may finish, for two seconds at most; idle connections go at once.
      server.close(() => void app.close().finally(() => process.exit(code)));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
  return server;
}

/**
 * Next's answer to a plain, uncompressed GET of the address, over the server's own port. The
 * fill header only makes the cache step aside, which any client may ask for: it needs no secret.
 */
function fetchOwn(server, url) {
  const address = server.address();
  if (!address || typeof address === "string") return Promise.reject(new Error("not listening"));
  // On every interface, IPv4's loopback answers (Node listens on both for "::").
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  return new Promise((resolve, reject) => {
    const request = http.get({ host, port: address.port, path: url, agent: false, headers: { "accept-encoding": "identity", [FILL_HEADER]: "1" } }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const headers = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error("timed out")));
    request.on("error", reject);
  });
}

/** A port in use, or a host that is not this machine's, ends the server with a sentence. */
export function listenFailure(error, host, port) {
  if (error?.code === "EADDRINUSE") return `Port ${port} is already in use: stop what runs there, or set PORT to another port.`;
  if (error?.code === "EADDRNOTAVAIL" || error?.code === "ENOTFOUND") return `HOST=${host} is not an address of this machine: use localhost, 0.0.0.0 or one of its addresses.`;
  if (error?.code === "EACCES") return `Port ${port} needs privileges this user lacks: set PORT to 1024 or above.`;
  return null;
}

/**
 * Serves, or ends the process saying why it cannot: in one sentence for a port or host that will
 * not do (listenFailure), with the error itself otherwise.
 * @param {{ dir: string, host: string, port: number }} options
 */
export async function serveOrExit(options) {
  try {
    return await serve(options);
  } catch (error) {
    console.error(listenFailure(error, options.host, options.port) ?? error);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "localhost";
  await serveOrExit({ dir: path.resolve(process.argv[2] ?? "."), host, port });
  console.log(`✓ Ready on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
}
