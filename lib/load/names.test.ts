import { describe, expect, it } from "vitest";
import { refer, type Names } from "./names";

const names = (declared: string[] | null): Names<number> => ({ valid: new Map([["russia", 1], ["ukraine", 2]]), declared: declared && new Set(declared) });

describe("refer", () => {
  it("finds a valid entry, and reports a name its file does not declare, with the likely meant one", () => {
    const said: string[] = [];
    expect(refer(names(["russia", "ukraine"]), "ukraine", "position", (m) => said.push(m))).toBe(2);
    expect(refer(names(["russia", "ukraine"]), "rusia", "position", (m) => said.push(m))).toBeUndefined();
    expect(said).toEqual(['unknown position "rusia": did you mean "russia"?']);
  });

  it("leaves unreported a name that an entry which failed declares, or any name when its file failed", () => {
    const said: string[] = [];
    refer(names(["russia", "ukraine", "belarus"]), "belarus", "position", (m) => said.push(m));
    refer(names(null), "anything", "position", (m) => said.push(m));
    expect(said).toEqual([]);
  });
});
