import { issueFeed } from "@/lib/release/feed";
import { loadPublication } from "@/lib/release/load";
import { siteUrl } from "@/lib/site/links";

// One feed per current issue, built ahead; former slugs and unknown ones are 404s.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadPublication().data.issues.map((i) => ({ slug: i.slug }));
}

/** The releases that changed one issue, as an Atom feed. A public address: keep it stable. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { data, history, currentSlug } = loadPublication();
  const { slug } = await params;
  const issue = data.issues.find((i) => i.slug === slug)!;
  return new Response(issueFeed("atom", issue, history, siteUrl().href, currentSlug), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
