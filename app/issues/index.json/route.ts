import { loadDataset } from "@/lib/load/load";
import { issueIndexEntry, type IssueIndexEntry } from "@/lib/issue/lookup";

// Built once: the names the 404 page matches a mistyped address against.
export const dynamic = "force-static";

export function GET() {
  const issues: IssueIndexEntry[] = loadDataset().issues.map(issueIndexEntry);
  return Response.json({ issues });
}
