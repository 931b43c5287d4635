export const BUILD_INPUTS: readonly string[];
export function isBuildStale(buildId: string, inputs: readonly string[]): boolean;
export const SITE_URL_RECORD: string;
export function recordedSiteUrl(distDir: string): string | null;
export const DATA_DIR_RECORD: string;
export function recordedDataDir(distDir: string): string | null;
