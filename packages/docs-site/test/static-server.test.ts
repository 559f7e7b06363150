// The static server behind `pnpm docs` and the browser tests: serves the folder and nothing outside it.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-static-"));
  await mkdir(join(dir, "site/reference"), { recursive: true });
  await writeFile(join(dir, "site/index.html"), "<h1>home</h1>");
  await writeFile(join(dir, "site/reference/a b.html"), "<h1>a</h1>");
  await writeFile(join(dir, "secret.txt"), "outside");
  server = await startStaticServer(join(dir, "site"));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so paths like `/../x` reach the server unnormalised. */
function get(
  path: string,
  method = "GET",
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = request(new URL(server.url), { path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => done({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", fail).end();
  });
}

describe("static server", () => {
  it("listens on 127.0.0.1 and serves index.html for a folder", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get("/")).toEqual({ status: 200, type: "text/html; charset=utf-8", body: "<h1>home</h1>" });
    expect((await get("/reference/a%20b.html")).body).toBe("<h1>a</h1>");
  });

  it("answers 404 for anything missing or outside the folder, 405 for writes", async () => {
    for (const path of [
      "/nope.html",
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%00",
      "/%E0%A4%A",
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get("/", "POST")).status).toBe(405);
  });
});
