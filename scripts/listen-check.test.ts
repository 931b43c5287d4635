import { describe, expect, it } from "vitest";
import { createServer, type AddressInfo } from "node:net";
import { listenFailure, listenProblem } from "./listen-check.mjs";

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

describe("listenProblem", () => {
  it("names a port in use, and lets a free one go", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await listenProblem("127.0.0.1", port)).toBe(`Port ${port} is already in use: stop what runs there, or set PORT to another port.`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await listenProblem("127.0.0.1", port)).toBeNull();
  });
});
