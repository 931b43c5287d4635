/** Builds a data variant when its build is stale, and serves it on a free loopback port. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { ROOT, startServer, type Server } from "./processes";
import { buildIfStale, variantTsconfig, type Variant } from "./build";

/** A port no one listens on, on the loopback, for a server this process starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function serveVariant(v: Variant, port?: number): Promise<Server> {
  await buildIfStale(v);
  return startServer({ port: port ?? (await freePort()), env: v.env });
}

/** `next dev` over a variant's data folder, in the variant's own distDir, keeping next-env.d.ts as it was. */
export async function serveVariantDev(v: Variant, port?: number): Promise<Server> {
  const envFile = path.join(ROOT, "next-env.d.ts");
  const before = existsSync(envFile) ? readFileSync(envFile, "utf8") : null;
  const server = await startServer({ port: port ?? (await freePort()), env: { ...v.env, NEXT_TSCONFIG_PATH: variantTsconfig(v) }, dev: true });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      if (before !== null) writeFileSync(envFile, before);
    },
  };
}
