import { describe, expect, it } from "vitest";
import { issueFeedParams, issueFeedResponse } from "./issue-feed-file";

describe("issueFeedResponse", () => {
  it("answers each issue's feed in the format asked, with its content type", async () => {
    const [first] = issueFeedParams();
    const atom = issueFeedResponse("atom", first!.slug);
    expect(atom.headers.get("content-type")).toContain("application/atom+xml");
    expect(await atom.text()).toContain("<feed");
    const json = issueFeedResponse("json", first!.slug);
    expect(json.headers.get("content-type")).toContain("application/feed+json");
    expect(JSON.parse(await json.text()).version).toBe("https://jsonfeed.org/version/1.1");
  });
});
