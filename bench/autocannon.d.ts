// The part of autocannon's API the load bench uses (the package ships no types).
declare module "autocannon" {
  type Stats = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    latency: Stats;
    requests: Stats & { sent: number };
    throughput: Stats;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    timeout?: number;
    /** Each request may be rewritten before it is sent (its path, to make every request distinct). */
    requests?: { setupRequest?: <R extends { path: string }>(request: R) => R }[];
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
