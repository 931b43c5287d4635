export const BUILD_INPUTS: readonly string[];
export function isBuildStale(buildId: string, inputs: readonly string[]): boolean;
