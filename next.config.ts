import type { NextConfig } from "next";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./lib/site/csp";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Benchmarks and the hostile-data tests build other data sets beside the real one (under bench/tmp/).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Next adds its distDir's types to the tsconfig it builds with: variant builds name their own.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH ?? "tsconfig.json" },
  // citation.js (loaded when a reader opens "Cite this") imports node-fetch: the browser's own fetch stands in.
  turbopack: { resolveAlias: { "node-fetch": { browser: "./lib/release/browser-fetch.ts" } } },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // proxy.ts sets the CSP of everything else; the static chunks skip the proxy for speed.
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};

export default nextConfig;
