// Every contender must make the real call and return the user, stubbed and over loopback: a
// benchmark of a call that fails fast would be meaningless.
import axios from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  breakdownContenders,
  checkContender,
  peerContenders,
  type Target,
} from "../src/client/contenders.ts";
import { runInterleaved } from "../src/client/interleaved.ts";
import { type LoopbackServer, startLoopbackServer } from "../src/client/loopback-server.ts";
import { stubFetch } from "../src/client/user-fixture.ts";

const stubTarget: Target = {
  baseUrl: "https://api.gong.io",
  fetch: stubFetch,
  axios: axios.create({ baseURL: "https://api.gong.io", adapter: "fetch", env: { fetch: stubFetch } }),
  axiosNote: "stub",
};

describe("contenders on the stubbed fetch", () => {
  const contenders = [...peerContenders(stubTarget), ...breakdownContenders(stubTarget)];

  it.each(contenders.map((c) => [c.name, c] as const))("%s returns the user", async (_, contender) => {
    await checkContender(contender);
  });

  it("the check refuses a call that does not return the user", async () => {
    await expect(checkContender({ name: "broken", note: "", call: async () => ({}) })).rejects.toThrow(
      /broken/,
    );
  });

  it("interleaved rounds give every contender one median per round", async () => {
    const results = await runInterleaved(contenders.slice(0, 2), { rounds: 3, roundMs: 5 });
    for (const result of results) {
      expect(result.roundsUs).toHaveLength(3);
      expect(result.samples).toBeGreaterThanOrEqual(3 * 32);
      expect(result.medianUs).toBeGreaterThan(0);
    }
  });
});

describe("contenders over the loopback server", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());

  it("every contender gets the user from 127.0.0.1", async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const target: Target = {
      baseUrl: server.baseUrl,
      fetch: globalThis.fetch,
      axios: axios.create({ baseURL: server.baseUrl }),
      axiosNote: "http adapter",
    };
    for (const contender of [...peerContenders(target), ...breakdownContenders(target)]) {
      await checkContender(contender);
    }
  });
});
