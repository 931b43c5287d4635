/** Requests per second and latency of a server answering one page, under autocannon on loopback. */
import autocannon from "autocannon";

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

export async function measureLoad(url: string, seconds = 10, connections = 10): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load tests run on loopback only, not ${url}`);
  // A browser asks for compression: Next.js gzips each response on the fly (a proxy in front would once).
  const r = await autocannon({ url, connections, duration: seconds, timeout: 10, headers: { "accept-encoding": "gzip" } });
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
