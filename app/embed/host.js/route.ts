import { HOST_SCRIPT, SCRIPT_HEADERS } from "@/components/embed/embed-scripts";

export const dynamic = "force-static";

/** The script a host page adds once beside its cards: it fits each card's frame to its height. */
export function GET() {
  return new Response(HOST_SCRIPT, { headers: { ...SCRIPT_HEADERS, "Access-Control-Allow-Origin": "*" } });
}
