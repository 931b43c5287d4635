import { describe, expect, it } from "vitest";
import { listenFailure } from "./server.mjs";

const failure = (code: string) => Object.assign(new Error(code), { code });

describe("listenFailure", () => {
  it("says in a sentence what to change when the port or host will not do", () => {
    expect(listenFailure(failure("EADDRINUSE"), "localhost", 3000)).toBe("Port 3000 is already in use: stop what runs there, or set PORT to another port.");
    expect(listenFailure(failure("EADDRNOTAVAIL"), "10.9.9.9", 3000)).toMatch(/^HOST=10\.9\.9\.9 is not an address of this machine/);
    expect(listenFailure(failure("ENOTFOUND"), "nowhere.invalid", 3000)).toMatch(/^HOST=nowhere\.invalid is not/);
    expect(listenFailure(failure("EACCES"), "localhost", 80)).toMatch(/^Port 80 needs privileges/);
  });

  it("leaves any other error to be shown as it is", () => {
    expect(listenFailure(new Error("the build is missing"), "localhost", 3000)).toBeNull();
    expect(listenFailure(undefined, "localhost", 3000)).toBeNull();
  });
});
