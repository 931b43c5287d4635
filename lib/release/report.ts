/**
 * "Report an error": a report prefilled with what is reported (a cell or an issue), its
 * address, the stance shown and the version, sent to the address set in lib/site/config.ts.
 */
import type { ReportTarget } from "../site/config";

export type ReportSubject = {
  /** "Status of Crimea × Russia's position", or an issue's title. */
  what: string;
  /** The absolute address of what is reported. */
  address: string;
  /** The stance shown, as its label, for a cell. */
  stance?: string;
  /** The version on the page; undefined before the first release. */
  version?: string;
};

export function reportTitle(subject: ReportSubject): string {
  return `Error in ${subject.what}`;
}

export function reportBody(subject: ReportSubject): string {
  return [
    `What: ${subject.what}`,
    `Address: ${subject.address}`,
    ...(subject.stance ? [`Stance shown: ${subject.stance}`] : []),
    `Version: ${subject.version ?? "not yet released"}`,
    "",
    "What is wrong:",
    "",
    "What the sources say instead (quote and address, if you can):",
    "",
  ].join("\n");
}

/** The prefilled report at the configured address: an issue form's title and body, or an email. */
export function reportHref(target: ReportTarget, subject: ReportSubject): string {
  if (target.kind === "email") {
    const q = encodeURIComponent;
    return `mailto:${target.address}?subject=${q(reportTitle(subject))}&body=${q(reportBody(subject))}`;
  }
  const url = new URL(target.url);
  url.searchParams.set("title", reportTitle(subject));
  url.searchParams.set("body", reportBody(subject));
  return url.href;
}
