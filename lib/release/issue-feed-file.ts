/** The two feeds of one issue (app/issues/[slug]/feed.atom, feed.json): one builder, the format their only difference. */
import { siteUrl } from "../site/links";
import { issueFeed, type FeedFormat } from "./feed";
import { loadPublication } from "./load";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** One feed per current issue, built ahead; former slugs and unknown ones are 404s (dynamicParams false). */
export function issueFeedParams(): { slug: string }[] {
  return loadPublication().data.issues.map((i) => ({ slug: i.slug }));
}

/** The releases that changed one issue, in `format`. A public address: keep it stable. */
export function issueFeedResponse(format: FeedFormat, slug: string): Response {
  const { data, history, currentSlug } = loadPublication();
  const issue = data.issues.find((i) => i.slug === slug)!;
  return new Response(issueFeed(format, issue, history, siteUrl().href, currentSlug), { headers: { "Content-Type": CONTENT_TYPES[format] } });
}
