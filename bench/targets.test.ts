import { describe, expect, it } from "vitest";
import type { LighthouseRun } from "./lighthouse";
import type { LatencyResult } from "./latency";
import type { LoadResult } from "./load";
import { firstScreenVerdict, jsRatioVerdict, latencyVerdict, lighthouseVerdict, loadVerdict, searchVerdict, servingVerdict, stressVerdict, weightVerdict } from "./targets";

const run = (preset: "desktop" | "mobile", performance: number | null): LighthouseRun => ({
  page: "matrix",
  url: "http://127.0.0.1:1/",
  preset,
  scores: { performance, accessibility: 100, "best-practices": 100, seo: 100 },
  failing: { performance: [], accessibility: [], "best-practices": [], seo: [] },
});

const latency = (samples: number[]): LatencyResult => ({
  interaction: "search keystroke",
  locator: "x",
  samples,
  noChange: 0,
  timedOut: 0,
  slowEvents: { count: 0, maxDuration: 0 },
  tried: [],
});

const load = (over: Partial<LoadResult>): LoadResult => ({
  url: "http://127.0.0.1:1/",
  connections: 10,
  seconds: 10,
  requestsPerSecond: 100,
  latencyP50: 1,
  latencyP99: 2,
  requests: 1000,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  bytesPerSecond: 1,
  ...over,
});

describe("lighthouseVerdict", () => {
  it("asks 100 on desktop and 95 on mobile", () => {
    expect(lighthouseVerdict(run("desktop", 99), "performance")).toBe(false);
    expect(lighthouseVerdict(run("desktop", 100), "performance")).toBe(true);
    expect(lighthouseVerdict(run("mobile", 95), "performance")).toBe(true);
    expect(lighthouseVerdict(run("mobile", 94), "performance")).toBe(false);
  });

  it("judges nothing when the page was not scored", () => {
    expect(lighthouseVerdict(run("mobile", null), "performance")).toBeNull();
  });
});

describe("jsRatioVerdict", () => {
  it("passes at most 1.3 times the blank app", () => {
    expect(jsRatioVerdict(1.3)).toBe(true);
    expect(jsRatioVerdict(1.31)).toBe(false);
    expect(jsRatioVerdict(null)).toBeNull();
  });
});

describe("firstScreenVerdict", () => {
  const screen = (marks: number, wholeRows: number) => ({ desktop: { viewport: "1440×900", marks, of: 120 }, phone: { viewport: "390×844", wholeRows, rows: 30 } });

  it("passes with 80 marks on the desktop's first screen and a whole row on the phone's", () => {
    expect(firstScreenVerdict(screen(80, 1))).toBe(true);
    expect(firstScreenVerdict(screen(79, 12))).toBe(false);
    expect(firstScreenVerdict(screen(116, 0))).toBe(false);
  });

  it("judges nothing when not measured or when the page has no overview", () => {
    expect(firstScreenVerdict(null)).toBeNull();
    expect(firstScreenVerdict({ ...screen(0, 0), desktop: { viewport: "1440×900", marks: 0, of: 0 } })).toBeNull();
  });
});

describe("latencyVerdict", () => {
  it("compares the median with the dataset's target", () => {
    expect(latencyVerdict(latency([5, 10, 40]), "real")).toBe(true);
    expect(latencyVerdict(latency([5, 20, 40]), "real")).toBe(false);
    expect(latencyVerdict(latency([50, 90, 400]), "large")).toBe(true);
  });

  it("judges nothing without samples", () => {
    expect(latencyVerdict(latency([]), "real")).toBeNull();
  });
});

describe("searchVerdict", () => {
  it("holds the keystroke's median to 50 ms as it is and to 100 ms at 4× CPU slowdown", () => {
    expect(searchVerdict(latency([20, 50, 300]), "desktop")).toBe(true);
    expect(searchVerdict(latency([20, 51, 60]), "desktop")).toBe(false);
    expect(searchVerdict(latency([60, 100, 900]), "slowCpu")).toBe(true);
    expect(searchVerdict(latency([60, 101, 120]), "slowCpu")).toBe(false);
    expect(searchVerdict(latency([]), "slowCpu")).toBeNull();
  });
});

describe("loadVerdict", () => {
  it("fails on any error, timeout or non-2xx answer", () => {
    expect(loadVerdict(load({}))).toBe(true);
    expect(loadVerdict(load({ non2xx: 1 }))).toBe(false);
    expect(loadVerdict(load({ timeouts: 2 }))).toBe(false);
  });
});

describe("servingVerdict", () => {
  it("asks at least half the blank page's requests per second", () => {
    expect(servingVerdict(0.5)).toBe(true);
    expect(servingVerdict(0.49)).toBe(false);
    expect(servingVerdict(null)).toBeNull();
  });
});

describe("stressVerdict", () => {
  it("fails when any one run had an error or a timeout", () => {
    expect(stressVerdict({ name: "matrix", path: "/", runs: [load({}), load({}), load({})] })).toBe(true);
    expect(stressVerdict({ name: "matrix", path: "/", runs: [load({}), load({ errors: 7, timeouts: 7 }), load({})] })).toBe(false);
  });

  it("judges nothing when a run made no request", () => {
    expect(stressVerdict({ name: "matrix", path: "/", runs: [load({ requests: 0 })] })).toBeNull();
    expect(stressVerdict({ name: "matrix", path: "/", runs: [] })).toBeNull();
  });
});

describe("weightVerdict", () => {
  const weight = (raw: number, text: number, clientData: number) => ({
    name: "source",
    url: "u",
    raw,
    gzip: 0,
    text,
    clientData,
    classAttributes: 0,
    inlinePayload: 0,
    payloadScripts: 0,
    heaviest: [],
  });
  it("allows three times the text plus the client data", () => {
    expect(weightVerdict(weight(90, 20, 10))).toBe(true);
    expect(weightVerdict(weight(91, 20, 10))).toBe(false);
    expect(weightVerdict(weight(91, 0, 0))).toBeNull();
  });
});
