/**
 * For maintainers, in `npm run dev` only: writes a citation coded in the source reader's form
 * into its issue file. The production build answers 404 here, and has none of the writer: the
 * bundler drops the development branch, and the import with it.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.NODE_ENV !== "development") return new Response("Not found", { status: 404 });
  const { codeCell } = await import("@/lib/corpus/dev-route");
  return codeCell(request);
}
