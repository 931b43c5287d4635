import { apiSource } from "@/lib/export/api";
import { apiDoc, jsonFileParams, jsonResponse, nameOfJsonFile } from "@/lib/export/api-files";

// Built ahead, one file per name; any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const doc = apiDoc();
  return jsonFileParams(doc.sources.map((s) => s.id));
}

/** One source with its text and every citation of it. A public address: keep it stable. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return jsonResponse(apiSource(apiDoc(), nameOfJsonFile((await params).file)));
}
