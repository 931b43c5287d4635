import { apiIndex } from "@/lib/export/api";
import { apiDoc, jsonResponse } from "@/lib/export/api-files";

export const dynamic = "force-static";

/** The API's index: every position, issue and source with its file's address. A public address: keep it stable. */
export function GET() {
  return jsonResponse(apiIndex(apiDoc()));
}
