// A Gong-like API on 127.0.0.1 for one runtime's scenario: the routes and answers of scenario/fixtures.ts,
// CORS as a proxy in front of Gong should answer it, and a log of every request it saw.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SCENARIO } from "../scenario/fixtures.ts";

/** What a browser-facing proxy must allow (request headers) and expose (response headers); see README. */
export const CORS_ALLOWED_HEADERS = "authorization, content-type";
export const CORS_EXPOSED_HEADERS = "retry-after, retry-after-ms";
/** Paths under this prefix answer without any CORS header: a server that refuses the page's origin. */
export const NO_CORS_PREFIX = "/no-cors";

export interface LoggedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
}

export interface GongServer {
  baseUrl: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const user = {
  id: SCENARIO.userId,
  emailAddress: "jon.snow@example.com",
  firstName: "Jon",
  lastName: "Snow",
  active: true,
  settings: { webConferencesRecorded: true },
  spokenLanguages: [{ language: "es-ES", primary: true }],
};

const basic = `Basic ${Buffer.from(`${SCENARIO.accessKey}:${SCENARIO.accessKeySecret}`).toString("base64")}`;
const bearer = `Bearer ${SCENARIO.bearerToken}`;

/** Every string that must never appear in a URL or a runtime's output. */
export const SECRETS = [SCENARIO.accessKeySecret, SCENARIO.bearerToken, basic.slice("Basic ".length)];

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export async function startGongServer(): Promise<GongServer> {
  const requests: LoggedRequest[] = [];
  const rateLimited = new Set<string>();
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    requests.push({ method: request.method ?? "", url, headers: request.headers });
    const refuseCors = url.startsWith(NO_CORS_PREFIX);
    if (!refuseCors) {
      response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
      response.setHeader("access-control-expose-headers", CORS_EXPOSED_HEADERS);
      response.setHeader("vary", "origin");
    }
    if (request.method === "OPTIONS") {
      if (!refuseCors) {
        response.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE");
        response.setHeader("access-control-allow-headers", CORS_ALLOWED_HEADERS);
        response.setHeader("access-control-max-age", "0");
      }
      response.writeHead(204).end();
      return;
    }
    route(request, response, url.slice(refuseCors ? NO_CORS_PREFIX.length : 0), rateLimited);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * PUT /v2/calls/{id}/media: reads the multipart body and answers with what arrived of its `mediaFile`
 * part (size and a checksum) and how the body was framed (Content-Length or chunked).
 */
async function receiveMedia(request: IncomingMessage, response: ServerResponse, callId: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const boundary = /boundary=(.+)$/.exec(request.headers["content-type"] ?? "")?.[1];
  const head = boundary === undefined ? -1 : body.indexOf(`--${boundary}\r\n`);
  const start = body.indexOf("\r\n\r\n", head) + 4;
  const end = boundary === undefined ? -1 : body.indexOf(`\r\n--${boundary}--\r\n`, start);
  const disposition = body.subarray(head, start).toString("latin1");
  if (head !== 0 || end < 0 || !disposition.includes('name="mediaFile"')) {
    return json(response, 400, { requestId: "r-400", errors: ["no mediaFile part"] });
  }
  const part = body.subarray(start, end);
  json(response, 201, {
    requestId: "r-201",
    callId,
    url: `https://app.gong.io/call?id=${callId}`,
    received: part.length,
    checksum: part.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 1_000_003, 0),
    framing: request.headers["content-length"] === undefined ? "chunked" : "content-length",
  });
}

function route(request: IncomingMessage, response: ServerResponse, path: string, rateLimited: Set<string>) {
  const auth = request.headers.authorization;
  if (auth !== basic && auth !== bearer) {
    json(response, 401, { requestId: "r-401", errors: ["Access denied"] });
    return;
  }
  const url = new URL(path, "http://gong.invalid");
  const media = url.pathname.match(/^\/v2\/calls\/(\d+)\/media$/)?.[1];
  if (media !== undefined && request.method === "PUT") return receiveMedia(request, response, media);
  if (url.pathname === "/v2/users") {
    const page = url.searchParams.has("cursor") ? Number(url.searchParams.get("cursor")?.slice(1)) : 0;
    const ids = SCENARIO.pages[page];
    if (!ids) return json(response, 400, { requestId: "r-400", errors: ["bad cursor"] });
    const last = page === SCENARIO.pages.length - 1;
    const records = {
      totalRecords: SCENARIO.pages.flat().length,
      currentPageSize: ids.length,
      currentPageNumber: page,
      ...(last ? {} : { cursor: `c${page + 1}` }),
    };
    return json(response, 200, {
      requestId: `r-page-${page}`,
      records,
      users: ids.map((id) => ({ ...user, id })),
    });
  }
  const id = url.pathname.match(/^\/v2\/users\/(\d+)$/)?.[1];
  if (id === SCENARIO.userId) return json(response, 200, { requestId: "r-200", user });
  if (id === SCENARIO.rateLimitedId) {
    if (rateLimited.has(id)) return json(response, 200, { requestId: "r-200", user: { ...user, id } });
    rateLimited.add(id);
    return json(response, 429, { requestId: "r-429", errors: ["Too many requests"] }, { "retry-after": "1" });
  }
  if (id === SCENARIO.slowId) {
    const timer = setTimeout(() => json(response, 200, { requestId: "r-slow", user: { ...user, id } }), 3000);
    response.on("close", () => clearTimeout(timer));
    return;
  }
  json(response, 404, { requestId: "r-404", errors: ["User not found"] });
}
