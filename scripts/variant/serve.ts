/** Builds a data variant when its build is stale, and serves it on a free loopback port. */
import { createServer } from "node:net";
import { startServer, type Server } from "./processes";
import { buildVariant, isStale, type Variant } from "./build";

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

export async function serveVariant(v: Variant): Promise<Server> {
  if (isStale(v)) await buildVariant(v);
  return startServer({ port: await freePort(), env: v.env });
}
