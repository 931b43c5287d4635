import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { attachment, BOM, exportFileName, fileNamePart, localIsoDate, parseCsv, releaseFileName, toCsv, type CsvValue } from "./csv";

const HOSTILE = [
  'say "hi"',
  "comma, inside",
  "line\nbreak",
  "carriage\r\nreturn",
  "lone\rcarriage",
  "  edge spaces  ",
  "Крым — «кавычки»",
  "emoji 🇺🇦 👍🏽",
  "<script>alert(1)</script>",
  "“curly” ‘quotes’ – dashes …",
  "",
];
const FORMULAS = ["=1+1", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "=HYPERLINK(\"x\")\nsecond line", '=1";=2'];

/** Parses CSV as a spreadsheet would: the BOM dropped, the trailing line end not a row. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { delimiter: ",", newline: "\r\n", skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows.at(-1)).toEqual([""]);
  return rows.slice(0, -1);
}

describe("toCsv", () => {
  it("starts with one byte-order mark and ends every record with CRLF", () => {
    const csv = toCsv({ header: ["a", "b"], rows: [["1", "2"], ["3", "4"]] });
    expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n3,4\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with quotes, commas, line breaks or edge spaces, and doubles inner quotes", () => {
    const csv = toCsv({ header: ["x"], rows: [['say "hi"'], ["a,b"], ["a\nb"], [" a"], ["plain"]] });
    expect(csv).toBe(`${BOM}x\r\n"say ""hi"""\r\n"a,b"\r\n"a\nb"\r\n" a"\r\nplain\r\n`);
  });

  it("round-trips hostile text unchanged through papaparse", () => {
    const rows = HOSTILE.map((s, i) => [String(i), s, s]);
    expect(parse(toCsv({ header: ["i", "text", "again"], rows }))).toEqual([["i", "text", "again"], ...rows]);
  });

  it("keeps every line break inside a field, CR and CRLF included", () => {
    const [, row] = parse(toCsv({ header: ["x"], rows: [["a\r\nb\nc\rd"]] }));
    expect(row).toEqual(["a\r\nb\nc\rd"]);
  });

  it("makes each of = + - @ tab and CR at a field's start read as text, with an apostrophe inside quotes", () => {
    const csv = toCsv({ header: ["f"], rows: FORMULAS.map((f) => [f]) });
    for (const f of FORMULAS) expect(csv).toContain(`"'${f.replaceAll('"', '""')}"`);
    expect(parse(csv).slice(1)).toEqual(FORMULAS.map((f) => [`'${f}`]));
  });

  it("neutralises a formula in the very first field, right after the byte-order mark", () => {
    const csv = toCsv({ header: ["=cmd|' /C calc'!A0", "b"], rows: [] });
    expect(csv.startsWith(`${BOM}"'=cmd|' /C calc'!A0",b`)).toBe(true);
  });

  it("leaves formula characters alone after a field's first character", () => {
    expect(toCsv({ header: ["x"], rows: [["a=1+1"], ["e-mail@x"]] })).toBe(`${BOM}x\r\na=1+1\r\ne-mail@x\r\n`);
  });

  it("writes numbers as numbers, negative ones included, and null or undefined as empty", () => {
    const rows: CsvValue[][] = [[-5, 1.5, null, undefined]];
    expect(toCsv({ header: ["a", "b", "c", "d"], rows })).toBe(`${BOM}a,b,c,d\r\n-5,1.5,,\r\n`);
  });

  it("writes the header alone for a table without rows", () => {
    expect(parse(toCsv({ header: ["a", "b"], rows: [] }))).toEqual([["a", "b"]]);
  });
});

describe("parseCsv", () => {
  it("reads back what toCsv wrote, guard and all, so that writing it again gives the same text", () => {
    const table = { header: ["a", "=b"], rows: [["He said \"no, never\",\ntwice.", "=1+1"], ["-2", "'=kept"], ["Крым", ""]] };
    const text = toCsv(table);
    const parsed = parseCsv(text);
    expect(parsed.header).toEqual(table.header);
    expect(parsed.rows.slice(0, 1)).toEqual(table.rows.slice(0, 1));
    expect(parsed.rows[1]).toEqual(["-2", "=kept"]);
    expect(toCsv(parseCsv(toCsv(parsed)))).toBe(toCsv(parsed));
    expect(toCsv({ header: parsed.header, rows: [parsed.rows[0]!, parsed.rows[2]!] })).toBe(toCsv({ header: table.header, rows: [table.rows[0]!, table.rows[2]!] }));
  });

  it("says which line is broken", () => {
    expect(() => parseCsv('a,b\r\n"open,quote\r\n')).toThrow(/CSV line/);
  });
});

describe("attachment", () => {
  it("names the file to save", () => {
    expect(attachment("positions-matrix-2025-12-03.csv")).toBe('attachment; filename="positions-matrix-2025-12-03.csv"');
  });

  it("keeps quotes, slashes and non-ASCII characters out of the header", () => {
    expect(attachment('a"b/c\\d é.csv')).toBe('attachment; filename="a_b_c_d__.csv"');
  });
});

describe("localIsoDate", () => {
  it("gives the calendar date where the file is written, not the UTC one", () => {
    expect(localIsoDate(new Date(2025, 11, 3, 23, 59))).toBe("2025-12-03");
    expect(localIsoDate(new Date(2025, 0, 1, 0, 0))).toBe("2025-01-01");
  });
});

describe("fileNamePart", () => {
  it("lower-cases and joins words with single hyphens", () => {
    expect(fileNamePart("  Divergent only / Territory, borders!  ")).toBe("divergent-only-territory-borders");
  });

  it("keeps letters of any script, so a Cyrillic search still names the file", () => {
    expect(fileNamePart("search «Крым»")).toBe("search-крым");
  });

  it("drops characters no file system accepts", () => {
    expect(fileNamePart('a<b>c:d"e/f\\g|h?i*j')).toBe("a-b-c-d-e-f-g-h-i-j");
  });

  it("shortens a long description at a word boundary", () => {
    const part = fileNamePart("category territory search security guarantees for ukraine after the war", 40);
    expect(part.length).toBeLessThanOrEqual(40);
    expect(part).toBe("category-territory-search-security");
  });
});

describe("exportFileName", () => {
  const day = new Date(2025, 11, 3, 10);

  it("says what the file holds, the export date and the view", () => {
    expect(exportFileName("positions-matrix", day, "Divergent")).toBe("positions-matrix-2025-12-03-divergent.csv");
  });

  it("leaves the view out when there is none", () => {
    expect(exportFileName("positions-matrix", day)).toBe("positions-matrix-2025-12-03.csv");
    expect(exportFileName("positions-matrix", day, " / ")).toBe("positions-matrix-2025-12-03.csv");
  });

  it("takes another extension", () => {
    expect(exportFileName("positions-data", day, "", "json")).toBe("positions-data-2025-12-03.json");
  });

  it("names the data's version before the export date", () => {
    expect(exportFileName("positions-matrix", day, "Divergent", "csv", "2026.12.1")).toBe("positions-matrix-2026.12.1-2025-12-03-divergent.csv");
  });
});

describe("releaseFileName", () => {
  it("names a whole-dataset file by its version, or by the build date before the first release", () => {
    expect(releaseFileName("positions-cells", "2026.12.1", new Date(2025, 11, 3))).toBe("positions-cells-2026.12.1.csv");
    expect(releaseFileName("positions-cells", undefined, new Date(2025, 11, 3))).toBe("positions-cells-2025-12-03.csv");
    expect(releaseFileName("positions-matrix", "2026.12.1", new Date(), "zip")).toBe("positions-matrix-2026.12.1.zip");
  });
});
