import type { Metadata } from "next";
import { ClosestIssueList } from "@/components/site/closest-issue-list";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { loadDataset } from "@/lib/load/load";
import { suggestIssues } from "@/lib/issue/suggest";

// An unknown /issues/<slug>: proxy.ts rewrites it here and answers 404, so the closest issues are
// in the page's HTML and show without JavaScript. (A notFound() here would send an empty HTML
// shell, as Next does for a dynamic page, and leave the page to the browser's script.)
// Rendered on demand, never cached: each response has its own CSP nonce.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function MissingIssue({ params }: PageProps<"/_missing-issue/[slug]">) {
  const asked = decoded((await params).slug);
  const suggestions = suggestIssues(asked, loadDataset().issues, 5).map(({ slug, title }) => ({ slug, title }));
  return (
    <NotFoundMessage>
      <ClosestIssueList asked={asked} suggestions={suggestions} />
    </NotFoundMessage>
  );
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
