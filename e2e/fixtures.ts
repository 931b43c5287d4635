/** The test object every spec uses: it fails a test on any console error or uncaught page error. */
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({}, provide) => {
    const errors: string[] = [];
    await provide(errors);
    expect(errors, "console errors on the page").toEqual([]);
  },
  // The watch rides on the page, not on every test: a test that only sends requests opens no
  // browser page at all, which saves a page's start-up on each of the suite's many request tests.
  page: async ({ page, consoleErrors }, provide) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on("pageerror", (err) => consoleErrors.push(err.message));
    await provide(page);
  },
});

export { expect };
