import { issueFeedParams, issueFeedResponse } from "@/lib/release/issue-feed-file";

export const dynamicParams = false;
export const generateStaticParams = issueFeedParams;

/** The releases that changed one issue, as a JSON Feed 1.1. A public address: keep it stable. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return issueFeedResponse("json", (await params).slug);
}
