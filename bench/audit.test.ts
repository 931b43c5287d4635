import { describe, expect, it } from "vitest";
import { parseAudit } from "./audit";

describe("parseAudit", () => {
  it("counts advisories by severity", () => {
    const json = JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 }, dependencies: { prod: 40 } } });
    expect(parseAudit(json)).toEqual({ ok: true, counts: { info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 }, dependencies: 40 });
  });

  it("says why when the registry gives no answer", () => {
    expect(parseAudit(JSON.stringify({ message: "405 Method Not Allowed" }))).toEqual({ ok: false, error: "405 Method Not Allowed" });
    expect(parseAudit("npm error offline")).toMatchObject({ ok: false });
  });
});
