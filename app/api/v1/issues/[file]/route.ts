import { apiIssue } from "@/lib/export/api";
import { apiDoc, jsonFileParams, jsonResponse, nameOfJsonFile } from "@/lib/export/api-files";

// Built ahead, one file per name; any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const doc = apiDoc();
  return jsonFileParams(doc.issues.map((i) => i.slug));
}

/** One issue with its cell for every position. A public address: keep it stable. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return jsonResponse(apiIssue(apiDoc(), nameOfJsonFile((await params).file)));
}
