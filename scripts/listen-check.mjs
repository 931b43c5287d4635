/**
 * Whether `next start` could listen at HOST:PORT, asked before it starts: Next.js prints a port
 * in use as a stack trace, and a newcomer deserves one sentence saying what to change.
 */
import net from "node:net";

/** A port in use, or a host that is not this machine's, said in a sentence; null for any other error. */
export function listenFailure(error, host, port) {
  if (error?.code === "EADDRINUSE") return `Port ${port} is already in use: stop what runs there, or set PORT to another port.`;
  if (error?.code === "EADDRNOTAVAIL" || error?.code === "ENOTFOUND") return `HOST=${host} is not an address of this machine: use localhost, 0.0.0.0 or one of its addresses.`;
  if (error?.code === "EACCES") return `Port ${port} needs privileges this user lacks: set PORT to 1024 or above.`;
  return null;
}

/**
 * Listens at host:port for a moment and lets go. Resolves to null when it could, or to the
 * sentence (or the error's own message) saying why not.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<string | null>}
 */
export function listenProblem(host, port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => resolve(listenFailure(error, host, port) ?? String(error?.message ?? error)));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}
