/**
 * Reads the React Server Components payload that Next.js inlines in a prerendered page
 * (`self.__next_f.push([1, "…"])` scripts), and measures the part of it that client components
 * receive as data: their props, except the elements (`children` and any prop holding a
 * server-rendered tree), which are markup the page already has in its HTML.
 */

const PUSH = /<script\b[^>]*>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g;

export type InlinePayload = { scripts: number; bytes: number; text: string };

/** The payload's text, and how many scripts and bytes of HTML carry it. */
export function inlinePayload(html: string): InlinePayload {
  let text = "";
  let scripts = 0;
  let bytes = 0;
  for (const [whole, args = ""] of html.matchAll(PUSH)) {
    scripts += 1;
    bytes += Buffer.byteLength(whole);
    const [kind, chunk] = JSON.parse(args) as [number, unknown];
    if (kind === 1 && typeof chunk === "string") text += chunk;
  }
  return { scripts, bytes, text };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Row = { tag: string; value: Json };

/**
 * The payload's rows by id: `<hex id>:<tag><body>\n`, where a text row (`T`) gives its length in
 * UTF-8 bytes instead of ending at a newline. Rows that are not JSON (stream markers) are left out.
 */
export function payloadRows(text: string): Map<string, Row> {
  const buf = Buffer.from(text, "utf8");
  const rows = new Map<string, Row>();
  let i = 0;
  while (i < buf.length) {
    if (buf[i] === 0x0a) {
      i += 1;
      continue;
    }
    const colon = buf.indexOf(0x3a, i);
    if (colon < 0) break;
    const id = buf.toString("latin1", i, colon);
    if (buf[colon + 1] === 0x54 /* T */) {
      const comma = buf.indexOf(0x2c, colon);
      const length = parseInt(buf.toString("latin1", colon + 2, comma), 16);
      rows.set(id, { tag: "T", value: buf.toString("utf8", comma + 1, comma + 1 + length) });
      i = comma + 1 + length;
      continue;
    }
    const newline = buf.indexOf(0x0a, colon);
    const end = newline < 0 ? buf.length : newline;
    const line = buf.toString("utf8", colon + 1, end);
    i = end + 1;
    const tag = /^[A-Z]{1,2}(?=[[{"])/.exec(line)?.[0] ?? "";
    try {
      rows.set(id, { tag, value: JSON.parse(line.slice(tag.length)) as Json });
    } catch {
      // A marker row ("X", "C"): no data.
    }
  }
  return rows;
}

/**
 * The row a string names: `$12`, `$L12` (lazy), `$Q12` (a map), `$@12` (a promise). A path into a
 * row (`$12:props:data:0`) stands for a value already sent there, so it is not followed again.
 */
const REFERENCE = /^\$[LQW@]?([0-9a-f]+)$/;
const referenceOf = (s: string) => REFERENCE.exec(s)?.[1] ?? null;

/** A React element: `["$", type, key, props]`. */
const isElement = (v: Json): v is [string, string, Json, { [key: string]: Json }] =>
  Array.isArray(v) && v[0] === "$" && v.length >= 4 && typeof v[1] === "string";

export type ClientData = { bytes: number; components: number; byComponent: Record<string, number> };

/**
 * The bytes of data the page's client components receive, each payload row counted once:
 * every prop of an element whose type is a client module (an `I` row), except `children` and
 * props that hold elements, which are walked as markup instead.
 */
export function clientData(rows: Map<string, Row>): ClientData {
  const walked = new Set<string>();
  const counted = new Set<string>();
  const byComponent: Record<string, number> = {};
  let bytes = 0;
  let components = 0;

  const rowOf = (s: string) => {
    const id = referenceOf(s);
    return id === null ? null : { id, row: rows.get(id) };
  };
  const clientName = (type: string): string | null => {
    const row = rowOf(type)?.row;
    if (row?.tag !== "I" || !Array.isArray(row.value)) return null;
    return `${String(row.value[2] || "default")} (module ${String(row.value[0])})`;
  };
  const holdsElements = (v: Json, seen = new Set<string>()): boolean => {
    if (typeof v === "string") {
      if (v.startsWith("$L")) return true;
      const ref = rowOf(v);
      if (!ref?.row || seen.has(ref.id)) return false;
      seen.add(ref.id);
      return holdsElements(ref.row.value, seen);
    }
    if (isElement(v)) return true;
    if (Array.isArray(v)) return v.some((x) => holdsElements(x, seen));
    if (v && typeof v === "object") return Object.values(v).some((x) => holdsElements(x, seen));
    return false;
  };
  // Data: its JSON, plus each row it refers to, once.
  const size = (v: Json): number => {
    let n = Buffer.byteLength(JSON.stringify(v));
    const visit = (x: Json) => {
      if (typeof x === "string") {
        const ref = rowOf(x);
        if (ref?.row && !counted.has(ref.id)) {
          counted.add(ref.id);
          n += ref.row.tag === "T" ? Buffer.byteLength(String(ref.row.value)) : size(ref.row.value);
        }
      } else if (Array.isArray(x)) x.forEach(visit);
      else if (x && typeof x === "object") Object.values(x).forEach(visit);
    };
    visit(v);
    return n;
  };
  const walk = (v: Json): void => {
    if (typeof v === "string") {
      const ref = rowOf(v);
      if (ref?.row && !walked.has(ref.id)) {
        walked.add(ref.id);
        walk(ref.row.value);
      }
      return;
    }
    if (isElement(v)) {
      const [, type, , props] = v;
      const client = clientName(type);
      if (!client) return walk(props);
      components += 1;
      for (const [key, prop] of Object.entries(props ?? {})) {
        if (key === "children" || holdsElements(prop)) walk(prop);
        else {
          const n = size(prop);
          bytes += n;
          byComponent[client] = (byComponent[client] ?? 0) + n;
        }
      }
      return;
    }
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk("$0");
  return { bytes, components, byComponent };
}
