/**
 * measureLoad in a Node.js process of its own. The bench's probe (a prerendered page asked for on
 * two connections while 100 others load the server) runs here: in the load's own process its
 * answers would wait behind the load client's 100 connections on that process's one thread, and
 * its p99 would time the client, not the server (measured: 2 to 5 s in, against under 0.5 s apart).
 * Paced, so that it times the server without loading it: closed-loop, two connections asked nginx's
 * cache for hundreds of pages a second, and took the CPU the server under test needed.
 */
import { fork } from "node:child_process";
import type { LoadResult } from "./load";

export function measureLoadApart(url: string, seconds: number, connections: number, perConnectionRate: number): Promise<LoadResult> {
  // fork passes on tsx's loader (process.execArgv), as the bench itself runs under tsx.
  const child = fork(new URL("./load-apart-child.ts", import.meta.url), [url, String(seconds), String(connections), String(perConnectionRate)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    let result: LoadResult | null = null;
    child.once("message", (m) => (result = m as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => (result ? resolve(result) : reject(new Error(`the load process for ${url} ended (${code}) without a result`))));
  });
}
