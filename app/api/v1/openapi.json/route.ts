import { loadPublication } from "@/lib/release/load";
import { openApiDocument } from "@/lib/export/openapi";
import { jsonResponse } from "@/lib/export/api-files";
import { siteUrl } from "@/lib/site/links";

export const dynamic = "force-static";

/** The OpenAPI 3.1 document of the read API, its schemas generated from the zod schemas. */
export function GET() {
  const { release } = loadPublication().edition;
  return jsonResponse(openApiDocument(siteUrl().href, { version: release?.version ?? null }));
}
