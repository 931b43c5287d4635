/** The read API's files from the publication: what the /api/v1 routes serve. Server-only (loads data/). */
import { apiDocument } from "./api";
import { exportDocument } from "./document";
import { siteUrl } from "../site/links";
import { loadPublication } from "../release/load";

/** The export document the API's files are cut from, with the edition every file names. */
export function apiDoc() {
  const { data, edition } = loadPublication();
  return apiDocument(exportDocument(data, siteUrl().href, edition));
}

/** A static route's parameters: each name with ".json", since a segment cannot be half dynamic. */
export function jsonFileParams(names: readonly string[]): { file: string }[] {
  return names.map((name) => ({ file: `${name}.json` }));
}

export function nameOfJsonFile(file: string): string {
  return file.replace(/\.json$/, "");
}

/** JSON with the headers every API file has: any site may read it. */
export function jsonResponse(value: unknown): Response {
  if (value === null) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(value, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
