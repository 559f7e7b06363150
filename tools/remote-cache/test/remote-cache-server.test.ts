// The self-hosted remote cache speaks turbo's artifact API, and only to holders of its token.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RemoteCacheServer, startRemoteCache } from "../src/start-remote-cache.ts";

describe("turborepo-remote-cache on 127.0.0.1", () => {
  let storage: string;
  let cache: RemoteCacheServer;
  beforeAll(async () => {
    storage = await mkdtemp(join(tmpdir(), "gongkit-remote-cache-"));
    cache = await startRemoteCache({ storageDir: storage });
  });
  afterAll(async () => {
    await cache?.stop();
    await rm(storage, { recursive: true, force: true });
  });

  it("listens on loopback with a random token", () => {
    expect(cache.env.TURBO_API).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cache.env.TURBO_TOKEN).toMatch(/^[0-9a-f]{48}$/);
  });

  it("stores an artifact and gives the same bytes back", async () => {
    const url = `${cache.env.TURBO_API}/v8/artifacts/0123456789abcdef?slug=${cache.env.TURBO_TEAM}`;
    const headers = { authorization: `Bearer ${cache.env.TURBO_TOKEN}` };
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const put = await fetch(url, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/octet-stream" },
      body: bytes,
    });
    expect(put.status).toBe(200);
    const get = await fetch(url, { headers });
    expect(get.status).toBe(200);
    expect(new Uint8Array(await get.arrayBuffer())).toEqual(bytes);
  });

  it("refuses a request with a wrong token, or none", async () => {
    const url = `${cache.env.TURBO_API}/v8/artifacts/0123456789abcdef?slug=${cache.env.TURBO_TEAM}`;
    const wrong = await fetch(url, { headers: { authorization: "Bearer not-the-token" } });
    expect(wrong.status).toBe(401);
    await wrong.arrayBuffer();
    const none = await fetch(url);
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
    await none.arrayBuffer();
  });
});
