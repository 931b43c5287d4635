import { writeFileSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { VIEW_PARAMS } from "./lib/matrix/view";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./lib/site/csp";
import { DEFAULT_SITE_URL, parseSiteUrl, SiteUrlError } from "./lib/site/links";
import { sharedViewRewrites } from "./lib/site/routing";
import { DATA_DIR_RECORD, SITE_URL_RECORD } from "./lib/site/build-inputs.mjs";
import { siteEnv } from "./lib/load/site-file";
import { DataError } from "./lib/load/problems";

/**
 * The site's address, checked once here: a malformed SITE_URL stops the build with a message that
 * says what is wrong, and a production build without one says where its links will point.
 */
function siteAddress(phase: string): string {
  let url: URL | null;
  try {
    url = parseSiteUrl(process.env.SITE_URL);
  } catch (error) {
    if (!(error instanceof SiteUrlError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  // Next loads this file more than once per build (and its workers inherit the environment): warn once.
  // `next typegen` (npm run typecheck) loads it in the build phase too, but builds nothing.
  const building = phase === PHASE_PRODUCTION_BUILD && !process.argv.includes("typegen");
  if (!url && building && !process.env.SITE_URL_WARNED) {
    process.env.SITE_URL_WARNED = "1";
    console.warn(
      `\n⚠ SITE_URL is not set: this build's absolute links (canonical links, link previews, the sitemap, the exports and the embed code) ` +
        `will point at ${DEFAULT_SITE_URL}/. For a deployment, build with SITE_URL=https://your.site npm run build ` +
        `(npm start sets it to the address it serves).\n`,
    );
  }
  return (url ?? new URL(DEFAULT_SITE_URL)).href;
}

/** The data folder's site.yaml, checked once here: a bad one stops the build naming file, line and field. */
function siteIdentityEnv(dataDir: string): string {
  try {
    return siteEnv(dataDir);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

export default function config(phase: string): NextConfig {
  const site = siteAddress(phase);
  const dataDir = path.resolve(process.env.POSITIONS_DATA_DIR ?? "data");
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Next.js would hash each page's whole HTML on every request (for the matrix, the largest cost of
    // an answer): the build's tags, made once after it (lib/site/prerendered-scripts.ts), are set by proxy.ts.
    generateEtags: false,
    // proxy.ts redirects "/about/" to "/about" itself: Next.js's own 308 is sent before its header rules, without the security headers.
    skipTrailingSlashRedirect: true,
    // The browser tests and the benchmark build other data sets beside the real one (scripts/variant/build.ts).
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    // Next adds its distDir's types to the tsconfig it builds with: variant builds name their own.
    // A test's variant build of code the main build has checked may skip the type check (NEXT_SKIP_TYPECHECK=1).
    typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH ?? "tsconfig.json", ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
    turbopack: {
      resolveAlias: {
        // citation.js (loaded when a reader opens "Cite this") imports node-fetch: the browser's own fetch stands in.
        "node-fetch": { browser: "./lib/release/browser-fetch.ts" },
        // TanStack Store (under the table) reads the selector through the shim for React 17 and older;
        // React 19 has useSyncExternalStore itself, so every page would ship the shim for nothing.
        "use-sync-external-store/shim/with-selector": "use-sync-external-store/with-selector",
      },
    },
    // Baked in: prerendered pages and pages rendered on demand name the same address, whatever the server's environment.
    // The site's name, scope and licence come from the data folder (lib/data/site.ts), baked in the same way.
    env: { SITE_URL: site, POSITIONS_SITE: siteIdentityEnv(dataDir) },
    compiler: {
      // npm start (scripts/start.mjs) rebuilds when it serves another address than the build was made for.
      // It rebuilds, too, when it serves another data folder (POSITIONS_DATA_DIR).
      runAfterProductionCompile: async ({ distDir }) => {
        writeFileSync(path.join(distDir, SITE_URL_RECORD), `${site}\n`);
        writeFileSync(path.join(distDir, DATA_DIR_RECORD), `${dataDir}\n`);
      },
    },
    // Browsers ask for /favicon.ico wherever a page has not yet named its icon (a Back to a page
    // restored by the router, a file opened directly): it is the same icon as /icon.svg.
    // A shared view's document is the prerendered matrix with the view's link preview (app/%5Fshared-view),
    // which takes its HTML from the build: `next dev` has none, and serves the matrix with the site's preview.
    async rewrites() {
      return {
        beforeFiles: phase === PHASE_DEVELOPMENT_SERVER ? [] : sharedViewRewrites(VIEW_PARAMS),
        afterFiles: [{ source: "/favicon.ico", destination: "/icon.svg" }],
        fallback: [],
      };
    },
    async headers() {
      return [
        // For browsers without CSP frame-ancestors. The embeddable cards (lib/site/csp.ts, EMBED_PREFIX)
        // may be framed by other sites: they alone go without it (proxy.ts sets it on a 404 under /embed/).
        { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
        { source: "/:path*", headers: [...SECURITY_HEADERS] },
        // Other sites may load only what is made for them: the cards, the preview images and oEmbed.
        { source: "/((?!embed/|oembed$|opengraph-image$|issues/[^/]+/opengraph-image$).*)", headers: [{ key: "Cross-Origin-Resource-Policy", value: "same-origin" }] },
        { source: "/(embed/.*|oembed|opengraph-image|issues/[^/]+/opengraph-image)", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
        // Every response has a fixed policy (no inline script allowed) unless proxy.ts writes its own:
        // the files it leaves alone (its matcher: chunks, exports, images, the feed, the cards) keep this one.
        { source: "/((?!embed/).*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
        { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ framed: true }) }] },
      ];
    },
  };
}
