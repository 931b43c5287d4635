import { describe, expect, it } from "vitest";
import { closestName, DataError, describeValue, editDistance, knownNames, show } from "./problems";

describe("show", () => {
  it("quotes text, shortened, and writes numbers, booleans and null as YAML does", () => {
    expect(show("a  b\nc")).toBe('"a b c"');
    expect(show("x".repeat(200), 10)).toBe(`"${"x".repeat(10)}…"`);
    expect([show(2025), show(true), show(null)]).toEqual(["2025", "true", "null"]);
  });
});

describe("describeValue", () => {
  it("says in words what a field holds, telling the text \"10\" from the number 10", () => {
    expect(describeValue(undefined)).toBe("it is missing");
    expect(describeValue(null)).toBe("it is empty");
    expect(describeValue("10")).toBe('got the text "10"');
    expect(describeValue(10)).toBe("got the number 10");
    expect(describeValue(Infinity)).toBe("got a number too large to store");
    expect(describeValue([1])).toBe("got a list of 1 item");
    expect(describeValue({ a: 1 })).toBe("got a set of fields");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("crimae", "crimea")).toBe(2);
    expect(editDistance("", "nato")).toBe(4);
  });
});

describe("closestName", () => {
  it("names the known name a typo most likely meant, and none when nothing is close", () => {
    expect(closestName("peace-talk-collapse", ["historical-echoes", "peace-talks-collapse"])).toBe("peace-talks-collapse");
    expect(closestName("Title", ["slug", "title"])).toBe("title");
    expect(closestName("economy", ["territory", "security"])).toBeUndefined();
  });
});

describe("knownNames", () => {
  it("suggests the likely name, else lists the names there are, else says there are none", () => {
    expect(knownNames("rusia", ["russia", "ukraine"], "positions")).toBe('did you mean "russia"?');
    expect(knownNames("belarus", ["russia", "ukraine"], "positions")).toBe('expected one of "russia", "ukraine"');
    expect(knownNames("x", [], "positions")).toBe("there are no positions to refer to");
  });
});

describe("DataError", () => {
  it("counts the problems and gives one line each, file:line field: message", () => {
    const e = new DataError([{ file: "data/a.yaml", line: 3, field: "", message: "bad\nmore" }]);
    expect(e.message).toBe("The data has 1 problem:\n  data/a.yaml:3 (file): bad\n    more");
  });
});
