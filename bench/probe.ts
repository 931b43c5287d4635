/**
 * The bench's probe: readers asking for a prerendered page while a load runs, timed from a process
 * of their own (in the load's process, answers would wait behind the load client's 100 connections
 * on its one thread, and the p99 would time the client).
 *
 * Why not autocannon, as the load is: its rate limit sends a second's requests back to back, and at
 * a rate it corrects for coordinated omission with an expected interval of `Math.ceil(1 / rate)`
 * ms (autocannon 9, lib/run.js), 1 ms at any rate: one answer of 4 s became 4,000 samples from 1 to
 * 4,000 ms, and set the p99 alone.
 *
 * A reader's connection is open before the load begins (a browser keeps its connection to the
 * site), and asks again 1000/rate ms after its last request, or at once when the answer took
 * longer: each answer is timed from its request to its last byte. A connection opened 1 s into the
 * load, while the load's own 100 may still wait to be accepted, is timed apart (`newConnectionMs`): Node.js accepts one connection per turn of its
 * event loop (libuv since 1.45, libuv/libuv#3696), so on a busy server the last of a burst of new
 * connections waits a turn for each one before it; nginx in front accepts them at once.
 */
import { fork, type ChildProcess } from "node:child_process";

export type ProbeResult = {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  latencyP50: number;
  latencyP99: number;
  /** Absent in older reports (autocannon's probe), as is newConnectionMs. */
  latencyMax?: number;
  /** The first answer on a connection opened 1 s into the load, from connect to last byte; null when it failed. */
  newConnectionMs?: number | null;
};

export type ProbeMessage = { ready: true } | { result: ProbeResult } | { error: string };

export type Probe = {
  /** Times the page for `seconds`; call it as the load begins. */
  run(seconds: number): Promise<ProbeResult>;
};

/** Starts the probe's process and opens its connections; resolves once they have each had an answer. */
export function startProbe(url: string, connections: number, perConnectionRate: number): Promise<Probe> {
  // fork passes on tsx's loader (process.execArgv), as the bench itself runs under tsx.
  const child = fork(new URL("./probe-child.ts", import.meta.url), [url, String(connections), String(perConnectionRate)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = () => nextMessage(child, url);
  return next().then((m) => {
    if (!("ready" in m)) throw new Error(`the probe of ${url} did not start: ${"error" in m ? m.error : "no answer"}`);
    return {
      run(seconds) {
        child.send({ go: seconds });
        return next().then((r) => {
          if ("result" in r) return r.result;
          throw new Error(`the probe of ${url} failed: ${"error" in r ? r.error : "no result"}`);
        });
      },
    };
  });
}

function nextMessage(child: ChildProcess, url: string): Promise<ProbeMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the probe of ${url} ended (${code}) without a result`));
    child.once("error", reject);
    child.once("exit", onExit);
    child.once("message", (m) => {
      child.off("exit", onExit);
      child.off("error", reject);
      resolve(m as ProbeMessage);
    });
  });
}
