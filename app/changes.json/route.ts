import { changesFeed } from "@/lib/release/feed";
import { loadPublication } from "@/lib/release/load";
import { siteUrl } from "@/lib/site/links";

export const dynamic = "force-static";

/** The What changed page as a JSON Feed 1.1, beside the Atom feed. A public address: keep it stable. */
export function GET() {
  const { history, currentSlug } = loadPublication();
  return new Response(changesFeed("json", history, siteUrl().href, currentSlug), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
