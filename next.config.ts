import type { NextConfig } from "next";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./lib/site/csp";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The browser tests and the benchmark build other data sets beside the real one (scripts/variant/build.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Next adds its distDir's types to the tsconfig it builds with: variant builds name their own.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH ?? "tsconfig.json" },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // proxy.ts sets the CSP of everything else; the static chunks skip the proxy for speed.
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};

export default nextConfig;
