/** The process startProbe starts (bench/probe.ts): readers of one page, on connections opened ahead. */
import http from "node:http";
import { percentile } from "./stats";
import type { ProbeMessage, ProbeResult } from "./probe";

const [url, connectionsArg, rateArg] = process.argv.slice(2) as [string, string, string];
const connections = Number(connectionsArg);
const interval = 1000 / Number(rateArg);
// As a browser asks: compressed, on a kept connection.
const headers = { "accept-encoding": "gzip" };
const kept = new http.Agent({ keepAlive: true, maxSockets: connections });
/** When a new reader arrives: once the load's own connections are queued for the server to accept. */
const NEW_CONNECTION_AFTER_MS = 1000;

const send = (m: ProbeMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

/** One request on `agent`: its time from the request to the answer's last byte, or null on an error. */
function timed(agent: http.Agent): Promise<number | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    http
      .get(url, { agent, headers, timeout: 10_000 }, (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode === 200 ? performance.now() - started : null));
        res.once("error", () => resolve(null));
      })
      .once("error", () => resolve(null))
      .once("timeout", function (this: http.ClientRequest) {
        this.destroy();
      });
  });
}

async function reader(until: number, times: number[], failures: { n: number }) {
  while (performance.now() < until) {
    const started = performance.now();
    const t = await timed(kept);
    if (t === null) failures.n++;
    else times.push(t);
    const wait = interval - (performance.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

async function run(seconds: number): Promise<ProbeResult> {
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  const failures = { n: 0 };
  const fresh = new http.Agent({ keepAlive: false });
  const late = new Promise<void>((r) => setTimeout(r, NEW_CONNECTION_AFTER_MS)).then(() => timed(fresh));
  const [newConnectionMs] = await Promise.all([late, ...Array.from({ length: connections }, () => reader(until, times, failures))]);
  return {
    url,
    connections,
    seconds,
    requests: times.length + failures.n,
    errors: failures.n,
    latencyP50: percentile(times, 50),
    latencyP99: percentile(times, 99),
    latencyMax: times.length ? Math.max(...times) : Number.NaN,
    newConnectionMs,
  };
}

try {
  // Each connection opened, and answered once, before the load begins.
  const opened = await Promise.all(Array.from({ length: connections }, () => timed(kept)));
  if (opened.includes(null)) throw new Error(`${url} did not answer 200 before the load`);
  // Listening before saying so: the go may follow the ready at once.
  const go = new Promise<number>((resolve) => process.once("message", (m: { go: number }) => resolve(m.go)));
  await send({ ready: true });
  await send({ result: await run(await go) });
} catch (e) {
  await send({ error: e instanceof Error ? e.message : String(e) });
}
kept.destroy();
process.exit(0);
