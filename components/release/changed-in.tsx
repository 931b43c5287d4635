import { releaseHref } from "@/lib/release/anchors";

/** "Changed in 2026.12.2", linking to that release on the What changed page. */
export function ChangedIn({ version, className = "text-sm" }: { version: string | undefined; className?: string }) {
  if (!version) return null;
  return (
    <p className={className}>
      <a href={releaseHref(version)} className="underline underline-offset-2">
        Changed in {version}
      </a>
    </p>
  );
}
