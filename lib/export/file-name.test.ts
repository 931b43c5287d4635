import { describe, expect, it } from "vitest";
import { exportFileName, fileNamePart, localIsoDate } from "./file-name";

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
});
