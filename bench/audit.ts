/** `npm audit --omit=dev`: advisories against the production dependencies, by severity. */
import { execFile } from "node:child_process";
import { ROOT } from "../scripts/variant/processes";

export type AuditResult =
  | { ok: true; counts: Record<string, number>; dependencies: number }
  | { ok: false; error: string };

/** Reads `npm audit --json` output: counts by severity, or why there are none. */
export function parseAudit(json: string): AuditResult {
  let body: { metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number; total?: number } }; message?: string; error?: { summary?: string } };
  try {
    body = JSON.parse(json);
  } catch {
    return { ok: false, error: `no JSON from npm audit: ${json.trim().split("\n")[0] ?? ""}` };
  }
  const counts = body.metadata?.vulnerabilities;
  if (counts) return { ok: true, counts, dependencies: body.metadata?.dependencies?.prod ?? body.metadata?.dependencies?.total ?? 0 };
  return { ok: false, error: body.message ?? body.error?.summary ?? "npm audit gave no result" };
}

export function audit(): Promise<AuditResult> {
  // The user's npmrc may say audit=false; --audit asks anyway. npm exits non-zero when it finds
  // advisories or cannot ask, so the JSON on stdout is read either way.
  return new Promise((resolve) => {
    execFile("npm", ["audit", "--omit=dev", "--audit", "--json"], { cwd: ROOT, timeout: 60_000 }, (_error, stdout) =>
      resolve(parseAudit(stdout)),
    );
  });
}
