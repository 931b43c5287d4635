/**
 * The site's identity: what the matrix is about, its name and licence. It comes from the data
 * folder's `site.yaml`, not from code, so that a matrix for another negotiation says nothing of
 * this one. Read by next.config.ts at build time (and baked into the pages), and by scripts.
 */
import { z } from "zod";
import { text, TEXT_MAX } from "./schema";

export const SITE_FILE = "site.yaml";

export const siteSchema = z.strictObject({
  /** Short, in every page title ("… · Positions Matrix") and on the link-preview card. */
  name: z.string().min(1).max(40),
  /** The dataset's title, as citations, feeds and data packages name it. */
  title: z.string().min(1).max(120),
  /** One or two sentences for search engines and link previews of the home page. */
  description: z.string().min(1).max(300),
  /** What the positions are in, a phrase that completes "the positions in …": "the proposals to end the war in Ukraine". */
  scope: z.string().min(1).max(120),
  /** Catalogue keywords (datapackage.json, the dataset's JSON-LD). */
  keywords: z.array(text(TEXT_MAX.name, "a keyword")).default([]),
  /** Who compiles the matrix: the author of every citation of it. */
  compiler: z.string().min(1).max(120),
  /** The licence of the compilers' own data and summaries; each source text keeps its own terms. */
  licence: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9.+-]+$/, "an SPDX identifier, e.g. CC-BY-4.0"),
    name: text(TEXT_MAX.name, "a name"),
    title: text(TEXT_MAX.title, "a title"),
    url: z.url({ protocol: /^https?$/, error: "the licence's https address" }),
  }),
  /** How the method was applied to this corpus's hard cases, in a sentence each (the About page). */
  judgementCalls: z.array(text(TEXT_MAX.note, "a judgement call")).default([]),
});

export type Site = z.infer<typeof siteSchema>;
