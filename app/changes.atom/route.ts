import { changesFeed } from "@/lib/release/feed";
import { loadPublication } from "@/lib/release/load";
import { siteUrl } from "@/lib/site/links";

// Written once at build time, like the page it follows.
export const dynamic = "force-static";

/** The What changed page as an Atom feed: one entry per release. A public address: keep it stable. */
export function GET() {
  const { history, currentSlug } = loadPublication();
  return new Response(changesFeed("atom", history, siteUrl().href, currentSlug), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
