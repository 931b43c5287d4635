/** Requests per second and latency of a server answering one page, under autocannon on loopback. */

export type LoadResult = {
  url: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerSecond: number;
};

/**
 * `distinct`: the path of the n-th request, for addresses no two requests share (a shared view's query).
 * Each connection asks again as soon as its answer comes (a load, not readers: bench/probe.ts times those).
 */
export async function measureLoad(url: string, seconds = 10, connections = 10, distinct?: (n: number) => string): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load tests run on loopback only, not ${url}`);
  // A browser asks for compression: Next.js gzips each response on the fly (a proxy in front would once).
  // Loaded here: the bench's own package (bench/package.json), which the report's tests do without.
  const { default: autocannon } = await import("autocannon");
  let n = 0;
  const requests = distinct ? [{ setupRequest: <R extends { path: string }>(req: R): R => ({ ...req, path: distinct(n++) }) }] : undefined;
  const r = await autocannon({ url, connections, duration: seconds, timeout: 10, headers: { "accept-encoding": "gzip" }, requests });
  return {
    url,
    connections,
    seconds,
    requestsPerSecond: r.requests.average,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerSecond: r.throughput.average,
  };
}
