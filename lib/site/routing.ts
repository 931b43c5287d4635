/**
 * Which requests the proxy hands to a page other than the one their address names. Pure: the
 * proxy passes in what it knows of the request and of the build.
 */

/** No page answers here: a rewrite to it gets the 404 page. */
export const NO_PAGE = "/_no-page";
/** The matrix rendered on demand, for a shared view's link preview (app/%5Fshared-view). */
export const SHARED_VIEW = "/_shared-view";
/** The 404 of an unknown issue, with the closest issues rendered in (app/%5Fmissing-issue). */
export const MISSING_ISSUE = "/_missing-issue";

export type RoutedRequest = {
  pathname: string;
  searchParams: URLSearchParams;
  method: string;
};

export type RoutingContext = {
  /** The query parameters that make `/` a shared view. */
  viewParams: readonly string[];
  /** Every path the build prerendered; null when unknown (the development server). */
  prerendered: ReadonlySet<string> | null;
};

/**
 * The prerendered page whose inline scripts a response carries. Next runs the proxy again for
 * a rewrite's target, so the shared view, which is the matrix's own page, says so here.
 */
export function documentPath(pathname: string): string {
  return pathname === SHARED_VIEW ? "/" : pathname;
}

/** Whether the response must say 404 although a page renders: an unknown issue's page. */
export function answersNotFound(pathname: string): boolean {
  return pathname === MISSING_ISSUE || pathname.startsWith(`${MISSING_ISSUE}/`);
}

/** The path (and query) to render instead, or null to serve the address as it is. */
export function rewriteFor(request: RoutedRequest, { viewParams, prerendered }: RoutingContext): string | null {
  const { pathname, searchParams } = request;
  // Next.js answers a dynamic segment it cannot percent-decode with a bare 500: make it a 404 page.
  if (!decodes(pathname)) return NO_PAGE;
  const page = request.method === "GET" || request.method === "HEAD";
  // The router's own requests for a view come here too: Next.js strips their `rsc` header and
  // `_rsc` query before the proxy sees them, so they get the shared view's data, the same matrix.
  if (pathname === "/" && page && viewParams.some((k) => searchParams.has(k))) return `${SHARED_VIEW}?${searchParams}`;
  const issue = /^\/issues\/([^/]+)$/.exec(pathname);
  if (issue && prerendered && !prerendered.has(pathname)) return `${MISSING_ISSUE}/${issue[1]}`;
  return null;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
