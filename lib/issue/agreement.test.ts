import { describe, expect, it } from "vitest";
import { describeGroup, issueAgreement, splitInBrief } from "./agreement";
import type { Stance } from "../data/vocab";

const party = (slug: string) => ({ slug, shortLabel: slug.toUpperCase() });
const US = party("us");
const EU = party("eu");
const RU = party("ru");
const UA = party("ua");
const ALL = [US, EU, RU, UA];

const stances = (map: Record<string, Stance>) => (p: { slug: string }) => map[p.slug] ?? "not-addressed";

describe("describeGroup", () => {
  it("agrees the verb with the number of positions", () => {
    expect(describeGroup({ stance: "rejects", positions: [RU] })).toBe("RU rejects it");
    expect(describeGroup({ stance: "supports", positions: [US, EU] })).toBe("US and EU support the proposition");
  });
});

describe("issueAgreement", () => {
  it("says so when no position addresses the issue", () => {
    const a = issueAgreement(ALL, stances({}));
    expect(a.verdict).toBe("none");
    expect(a.groups).toEqual([]);
    expect(a.silent).toEqual(ALL);
    expect(a.headline).toBe("None of the 4 positions addresses this issue in the sources.");
  });

  it("does not count silent positions as agreeing with the one that speaks", () => {
    const a = issueAgreement(ALL, stances({ us: "supports" }));
    expect(a.verdict).toBe("one");
    expect(a.headline).toBe("Only one position addresses this issue: US supports the proposition.");
  });

  it("finds agreement when every position that speaks shares a stance", () => {
    const a = issueAgreement(ALL, stances({ us: "rejects", ru: "rejects" }));
    expect(a.verdict).toBe("agree");
    expect(a.groups).toEqual([{ stance: "rejects", positions: [US, RU] }]);
    expect(a.silent).toEqual([EU, UA]);
  });

  it("calls support against rejection opposed, and lists each side", () => {
    const a = issueAgreement(ALL, stances({ us: "supports", eu: "conditional", ru: "supports", ua: "rejects" }));
    expect(a.verdict).toBe("opposed");
    expect(a.groups.map((g) => g.stance)).toEqual(["supports", "conditional", "rejects"]);
    expect(a.headline).toBe(
      "The positions are opposed: US and RU support the proposition; EU accepts it only under conditions; UA rejects it.",
    );
  });

  it("calls other mixes of stances different, not opposed", () => {
    const a = issueAgreement(ALL, stances({ us: "supports", eu: "alternative" }));
    expect(a.verdict).toBe("differ");
    expect(a.headline).toBe("The positions differ: US supports the proposition; EU proposes an alternative.");
  });
});

describe("splitInBrief", () => {
  it("leads with each side in a few words, and counts the silent", () => {
    const a = issueAgreement(ALL, stances({ us: "supports", ru: "supports", ua: "rejects" }));
    expect(splitInBrief(a)).toBe("US and RU support; UA rejects; 1 silent");
  });

  it("names every stance briefly, in the vocabulary's order", () => {
    const a = issueAgreement(ALL, stances({ us: "ambiguous", eu: "conditional", ru: "alternative", ua: "conditional" }));
    expect(splitInBrief(a)).toBe("EU and UA accept with conditions; RU proposes an alternative; US is unclear");
  });

  it("says so when nobody speaks", () => {
    expect(splitInBrief(issueAgreement(ALL, stances({})))).toBe("No position addresses it in the sources");
  });
});
