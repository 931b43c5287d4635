import { notFound } from "next/navigation";

// Rendered on demand (every slug here is unknown) and never cached, so the CSP nonce is fresh.
export const dynamic = "force-dynamic";

export default function MissingIssue() {
  notFound();
}
