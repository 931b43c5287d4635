import type { IncomingMessage, ServerResponse } from "node:http";

export type Bypass = { type: string; key: string; value?: string };
export type Routes = Map<string, Bypass[]>;
export type Answer = { status: number; headers: [string, string][]; body: Buffer };
export type Entry = { headers: [string, string][]; bodies: Record<string, Buffer>; etag: string | null; bytes: number };

export const FILL_HEADER: string;
export const SERVED_HEADER: string;
export function staticRoutes(distDir: string): Routes;
export function chooseEncoding(accept: string | undefined, available: readonly string[]): string | null;
export function cacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">, routes: Routes): string | null;
export function keepable(response: Pick<Answer, "status" | "headers">): "yes" | "never" | "later";
export function makeEntry(response: Answer): Promise<Entry>;
export function notModified(ifNoneMatch: string | undefined, etag: string | null): boolean;
export function createPageCache(options: {
  routes: Routes;
  fill: (url: string) => Promise<Answer>;
  maxBytes?: number;
  now?: () => number;
  onFillError?: (url: string, error: unknown) => void;
}): {
  serve: (req: IncomingMessage, res: ServerResponse) => boolean;
  size: () => { entries: number; bytes: number };
};
