/**
 * The site's one configuration place for accountability: where readers report an error and
 * where the repository is. Both come from the environment at build time and are checked
 * once: a malformed value stops the build rather than publish a broken link.
 *
 * - `REPORT_ERRORS_TO`: the address of an issue form (https://…) or an email address.
 * - `REPOSITORY_URL`: the public repository (https://…).
 *
 * Unset, the pages say plainly that none is configured and how to report instead.
 */
import { z } from "zod";

export type ReportTarget = { kind: "url"; url: string } | { kind: "email"; address: string };
export type SiteConfig = { report: ReportTarget | null; repository: string | null };

const https = z.url({ protocol: /^https?$/ });
const email = z.email();

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return { report: reportTarget(env.REPORT_ERRORS_TO), repository: repositoryUrl(env.REPOSITORY_URL) };
}

function reportTarget(value: string | undefined): ReportTarget | null {
  const v = value?.trim();
  if (!v) return null;
  const address = v.replace(/^mailto:/i, "");
  if (email.safeParse(address).success) return { kind: "email", address };
  if (https.safeParse(v).success) return { kind: "url", url: v };
  throw new Error(`REPORT_ERRORS_TO must be the https:// address of an issue form or an email address, got ${JSON.stringify(v)}`);
}

function repositoryUrl(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (https.safeParse(v).success) return v;
  throw new Error(`REPOSITORY_URL must be an https:// address, got ${JSON.stringify(v)}`);
}
