import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextRequest } from "next/server";
import { loadDataset } from "@/lib/load/load";
import { toMatrixData } from "@/lib/matrix/data";
import { viewPreview } from "@/lib/matrix/preview";
import { parseView, viewContext } from "@/lib/matrix/view";
import { BUILT_CACHE_CONTROL, notModified, strongEtag } from "@/lib/site/etag";
import { absoluteUrl } from "@/lib/site/links";
import { pageTitle } from "@/lib/site/metadata";
import { previewTemplate } from "@/lib/site/preview-head";

// A shared view's document (proxy.ts rewrites `/?<view>` here): the prerendered matrix, as built,
// with the view's link preview in its head. Nothing is rendered: the browser applies the view from
// the address, and the answer is the same for everyone, so a cache in front may keep it.
export const dynamic = "force-dynamic";

/** What every shared view starts from, made at the first one: the build does not change under a running server. */
function prepare() {
  const data = toMatrixData(loadDataset());
  const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
  const page = readFileSync(path.join(/*turbopackIgnore: true*/ distDir, "server", "app", "index.html"), "utf8");
  const template = previewTemplate(page, pageTitle);
  // Kept as bytes: a body given as a string is checked and encoded anew on every request, which
  // cost more than the rest of the answer; bytes are sent as they are.
  return { data, context: viewContext(data), page: Buffer.from(page), head: template.head, rest: Buffer.from(template.rest), built: strongEtag(page) };
}
let prepared: ReturnType<typeof prepare> | null = null;

export function GET(request: NextRequest) {
  const { data, context, page, head, rest, built } = (prepared ??= prepare());
  const preview = viewPreview(data, parseView(request.nextUrl.searchParams, context));
  // The document is a function of the built page and the view's one spelling (its query): so is its
  // tag, which therefore needs no hash of the page per request.
  const etag = preview ? strongEtag(`${built}?${preview.query}`) : built;
  // As Next.js says of the prerendered matrix itself: fresh for a shared cache until the next deployment.
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": BUILT_CACHE_CONTROL, etag, vary: "accept-encoding" };
  if (notModified(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const body = preview ? Buffer.concat([Buffer.from(head({ ...preview, url: absoluteUrl(`/?${preview.query}`) })), rest]) : page;
  return new Response(body, { headers });
}
