import type { Metadata } from "next";
import { ClosestIssueList } from "@/components/site/closest-issue-list";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { loadDataset } from "@/lib/data/load";
import { suggestIssues } from "@/lib/issue/suggest";

// An unknown /issues/<slug> (proxy.ts rewrites it here): the 404 page with the closest issues in
// its HTML, so they show without JavaScript. The page below answers notFound(), which makes the
// status 404; this layout, which alone receives the slug, renders the message around it.
export const metadata: Metadata = { title: "Page not found" };

export default async function MissingIssueLayout({ children, params }: LayoutProps<"/_missing-issue/[slug]">) {
  const { slug } = await params;
  const suggestions = suggestIssues(slug, loadDataset().issues, 5).map(({ slug, title }) => ({ slug, title }));
  return (
    <NotFoundMessage>
      <ClosestIssueList asked={slug} suggestions={suggestions} />
      {children}
    </NotFoundMessage>
  );
}
