"use client";
import Link from "next/link";
import { useState } from "react";

/**
 * A link that prefetches its page once the reader shows intent (pointer over it, focus, touch),
 * not as soon as it is on screen: for the matrix, whose JavaScript every other page would
 * otherwise download on load (the pattern of Next.js's prefetching guide).
 */
export function IntentLink(props: React.ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  const want = () => setIntent(true);
  return <Link {...props} prefetch={intent ? null : false} onMouseEnter={want} onFocus={want} onTouchStart={want} />;
}
