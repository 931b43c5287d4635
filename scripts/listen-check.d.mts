export function listenFailure(error: unknown, host: string, port: number | string): string | null;
export function listenProblem(host: string, port: number): Promise<string | null>;
