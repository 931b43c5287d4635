import { loadDataset } from "@/lib/data/load";

// Built once: the names the 404 page matches a mistyped address against.
export const dynamic = "force-static";

export function GET() {
  const issues = loadDataset().issues.map((i) => ({ slug: i.slug, title: i.title, aliases: i.aliases, definition: i.definition }));
  return Response.json({ issues });
}
