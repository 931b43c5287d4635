import type { Server } from "node:http";

export function serve(options?: { dir?: string; host?: string; port?: number }): Promise<Server>;
export function listenFailure(error: unknown, host: string, port: number | string): string | null;
export function serveOrExit(options: { dir: string; host: string; port: number }): Promise<Server>;
