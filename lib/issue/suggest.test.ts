import { describe, expect, it } from "vitest";
import { editDistance, matchScore, similarity, suggestIssues, words } from "./suggest";

const issues = [
  { slug: "crimea", title: "Status of Crimea", aliases: [], definition: "Whether Crimea is ceded to Russia." },
  { slug: "donbas-withdrawal", title: "Ukrainian withdrawal from the Donbas", aliases: ["donbas"] },
  { slug: "nato-membership", title: "Ukraine's NATO membership", aliases: [] },
  { slug: "frozen-assets", title: "Frozen Russian assets", aliases: [] },
  { slug: "army-size", title: "Limits on Ukraine's armed forces", aliases: [], definition: "A cap on troops, as in the NATO talks." },
];

describe("words", () => {
  it("splits on anything but letters and digits, lower-cases, drops accents and little words", () => {
    expect(words("Status of Crimea")).toEqual(["status", "crimea"]);
    expect(words("donbas-withdrawal_2025")).toEqual(["donbas", "withdrawal", "2025"]);
    expect(words("Zaporizhzhia Nuclear Plánt")).toEqual(["zaporizhzhia", "nuclear", "plant"]);
  });
});

describe("editDistance", () => {
  it("counts single-letter edits", () => {
    expect(editDistance("crimea", "crimea")).toBe(0);
    expect(editDistance("crimae", "crimea")).toBe(2);
    expect(editDistance("", "nato")).toBe(4);
  });
});

describe("similarity", () => {
  it("is 1 for equal strings and falls as they differ", () => {
    expect(similarity("nato", "nato")).toBe(1);
    expect(similarity("crimae", "crimea")).toBeGreaterThan(similarity("crane", "crimea"));
  });
});

describe("matchScore", () => {
  it("scores the exact slug highest", () => {
    expect(matchScore("crimea", issues[0]!)).toBe(1);
  });

  it("scores nothing for text with no letters or digits", () => {
    expect(matchScore("<>\"'", issues[0]!)).toBe(0);
  });
});

describe("suggestIssues", () => {
  it("suggests an issue for a misspelt slug", () => {
    expect(suggestIssues("crimia", issues)[0]?.slug).toBe("crimea");
  });

  it("suggests by a word of the title", () => {
    expect(suggestIssues("nato", issues)[0]?.slug).toBe("nato-membership");
    expect(suggestIssues("assets-frozen", issues)[0]?.slug).toBe("frozen-assets");
  });

  it("suggests by a former slug and by a word's beginning", () => {
    expect(suggestIssues("donbas", issues)[0]?.slug).toBe("donbas-withdrawal");
    expect(suggestIssues("armed", issues)[0]?.slug).toBe("army-size");
  });

  it("counts an exact word fully, so that a query naming two issues suggests both", () => {
    expect(matchScore("crimea", { slug: "x", title: "Crimea" })).toBe(1);
    expect(suggestIssues("frozen-crimea", issues).map((i) => i.slug).sort()).toEqual(["crimea", "frozen-assets"]);
  });

  it("falls back on the definition's words, ranked below a title match", () => {
    expect(suggestIssues("nato", issues).map((i) => i.slug)).toEqual(["nato-membership", "army-size"]);
    expect(matchScore("troops", issues[4]!)).toBeCloseTo(0.8);
  });

  it("suggests nothing for text that resembles no issue", () => {
    expect(suggestIssues("<script>alert(1)</script>", issues)).toEqual([]);
    expect(suggestIssues("qwxz", issues)).toEqual([]);
  });

  it("returns at most the limit, best first", () => {
    const many = suggestIssues("ukraine", issues, 2);
    expect(many.length).toBeLessThanOrEqual(2);
  });

  it("stays fast on a very long hostile slug", () => {
    const t = performance.now();
    suggestIssues("a".repeat(100_000), issues);
    // Linear work takes milliseconds; quadratic work on 100,000 characters would take minutes. Loose
    // enough for a busy machine.
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
