import { issueFeedParams, issueFeedResponse } from "@/lib/release/issue-feed-file";

export const dynamicParams = false;
export const generateStaticParams = issueFeedParams;

/** The releases that changed one issue, as an Atom feed. A public address: keep it stable. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return issueFeedResponse("atom", (await params).slug);
}
