import { describe, expect, it } from "vitest";
import { clientData, inlinePayload, payloadRows } from "./flight";

const push = (chunk: string) => `<script>self.__next_f.push(${JSON.stringify([1, chunk])})</script>`;

// A page: a server <p> holding a client component that gets data, a shared row and a server-rendered child.
const PAYLOAD = [
  '1:I[101,["/a.js"],"Picker"]',
  '2:{"rows":[1,2,3]}',
  '3:T6,héllo',
  '0:["$","p",null,{"className":"long list of classes","children":["$","$L1",null,{"items":"$2","again":"$2","text":"$3","label":"Pick","children":["$","b",null,{"children":"bold"}]}]}]',
  "4:X",
  "",
].join("\n");

describe("inlinePayload", () => {
  it("joins the pushed chunks in order and counts the scripts that carry them", () => {
    const html = `<html>${push(PAYLOAD.slice(0, 30))}<p>x</p>${push(PAYLOAD.slice(30))}<script>other()</script></html>`;
    const payload = inlinePayload(html);
    expect(payload.text).toBe(PAYLOAD);
    expect(payload.scripts).toBe(2);
  });
});

describe("payloadRows", () => {
  it("reads JSON rows with their tags, and text rows by their length in UTF-8 bytes", () => {
    const rows = payloadRows(PAYLOAD);
    expect(rows.get("1")).toEqual({ tag: "I", value: [101, ["/a.js"], "Picker"] });
    expect(rows.get("3")).toEqual({ tag: "T", value: "héllo" });
    expect(rows.get("0")?.tag).toBe("");
    expect(rows.has("4")).toBe(false);
  });
});

describe("clientData", () => {
  it("counts a client component's data props, each shared row once, and leaves out the markup it is given", () => {
    const data = clientData(payloadRows(PAYLOAD));
    const props = ['"$2"', '"$2"', '"$3"', '"Pick"'].reduce((n, s) => n + s.length, 0);
    const rows = '{"rows":[1,2,3]}'.length + Buffer.byteLength("héllo");
    expect(data.bytes).toBe(props + rows);
    expect(data.components).toBe(1);
    expect(Object.keys(data.byComponent)).toEqual(["Picker (module 101)"]);
  });

  it("finds nothing in a page without client components", () => {
    expect(clientData(payloadRows('0:["$","p",null,{"children":"text"}]\n')).bytes).toBe(0);
  });
});
