// Bodies that are not the JSON the spec promises become typed errors, never a bare SyntaxError.
import { describe, expect, it } from "vitest";
import { GongError, GongInvalidResponseError, GongServerError } from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { json, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

const HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

describe("malformed bodies", () => {
  it("a proxy's HTML 502 is retried, then GongServerError with no Gong fields", async () => {
    const { url, requests } = await serve((_req, res) => {
      res.writeHead(502, { "content-type": "text/html", "retry-after": "0" });
      res.end(HTML_502);
    });
    const error = await testClient(url, { maxRetries: 1 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongServerError);
    const serverError = error as GongServerError;
    expect(serverError.status).toBe(502);
    expect(serverError.requestId).toBeUndefined();
    expect(serverError.errors).toEqual([]);
    expect(serverError.message).toContain("not JSON");
    expect(requests).toHaveLength(2);
  });

  it.each([
    ["truncated JSON, complete as HTTP", '{"requestId":"abc","user":{"id":'],
    ["HTML with status 200", HTML_502],
    ["JSON followed by garbage", '{"requestId":"a"} trailing'],
  ])("%s: GongInvalidResponseError, not retried", async (_name, body) => {
    const { url, requests } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }); // chunked: no content-length
      res.end(body);
    });
    const error = await testClient(url)
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidResponseError);
    expect(error).toBeInstanceOf(GongError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as GongInvalidResponseError).status).toBe(200);
    expect(requests).toHaveLength(1);
  });

  it("an empty 200: GongInvalidResponseError", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
    });
    await expect(testClient(url).users.get(USER_ID)).rejects.toThrow(GongInvalidResponseError);
  });

  it("gong.GET (openapi-fetch) gets the same typed error for a malformed 200", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"requestId":');
    });
    const result = testClient(url).GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    await expect(result).rejects.toThrow(GongInvalidResponseError);
  });

  it("gong.GET returns openapi-fetch's { data, response } for a 200 and { error } for a 404, without throwing", async () => {
    const { url } = await serve((req, res) =>
      req.url?.endsWith("/404")
        ? json(res, 404, { requestId: "r404", errors: ["no user"] })
        : json(res, 200, USER_BODY),
    );
    const gong = testClient(url);
    const ok = await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    expect(ok.data).toEqual(USER_BODY);
    expect(ok.response.status).toBe(200);
    const missing = await gong.GET("/v2/users/{id}", { params: { path: { id: "404" } } });
    expect(missing.data).toBeUndefined();
    expect(missing.error).toEqual({ requestId: "r404", errors: ["no user"] });
    expect(missing.response.status).toBe(404);
  });

  it("a gzip-encoded body is decoded, and content-length describes the decoded body", async () => {
    const { gzipSync } = await import("node:zlib");
    const compressed = gzipSync(JSON.stringify(USER_BODY));
    const { url } = await serve((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": compressed.length,
      });
      res.end(compressed);
    });
    const { data, response } = await testClient(url).GET("/v2/users/{id}", {
      params: { path: { id: USER_ID } },
    });
    expect(data).toEqual(USER_BODY);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(JSON.stringify(USER_BODY)));
  });

  it.each(["text", "arrayBuffer", "blob", "stream"] as const)(
    "gong.GET with parseAs %s hands over the whole body",
    async (parseAs) => {
      const { url } = await serve((_req, res) => json(res, 200, USER_BODY));
      const { data, response } = await testClient(url).GET("/v2/users/{id}", {
        params: { path: { id: USER_ID } },
        parseAs,
      });
      const text = await new Response(data as BodyInit).text();
      expect(JSON.parse(text)).toEqual(USER_BODY);
      expect(response.url).toBe(`${url}/v2/users/${USER_ID}`);
    },
  );
});
