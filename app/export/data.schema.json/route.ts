import { exportJsonSchema } from "@/lib/export/document";
import { siteUrl } from "@/lib/site/links";

export const dynamic = "force-static";

/** The JSON Schema of /export/data.json, generated from its zod schema. A public address: keep it stable. */
export function GET() {
  return new Response(JSON.stringify(exportJsonSchema(siteUrl().href), null, 2), {
    headers: { "Content-Type": "application/schema+json" },
  });
}
