/** The anchor of a release on the What changed page: `v2026.12.1` (ids may hold dots; CSS selectors escape them). */
export function releaseAnchor(version: string): string {
  return `v${version}`;
}

/** The What changed page, at one release. */
export function releaseHref(version: string): string {
  return `/changes#${releaseAnchor(version)}`;
}
