import { CARD_SCRIPT, SCRIPT_HEADERS } from "@/components/embed/embed-scripts";

export const dynamic = "force-static";

/** The card's own script: its theme, and its height posted to the host page. */
export function GET() {
  return new Response(CARD_SCRIPT, { headers: SCRIPT_HEADERS });
}
