// A Gong-like server on 127.0.0.1 that holds Gong's rate limit strictly: any request that would make
// more than `limit` arrivals within any `windowMs` (rejected ones count too) is answered 429 with
// `Retry-After: 1`. It serves users one by one and paged (GET /v2/users, POST /v2/users/extensive), so
// bursts and paginations can be run against it together (client tests, pnpm bench).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { closerOf, listenLocal, sendJson as send } from "./local-http.ts";

export interface StrictLimitOptions {
  /** Arrivals allowed within any window. Default 3 (Gong: 3 calls per second). */
  limit?: number;
  windowMs?: number;
  /** Users the paged lists hold. Default 600. */
  users?: number;
  /** Users per page. Default 100, as Gong. */
  pageSize?: number;
}

export interface Arrival {
  /** performance.now() at arrival. */
  at: number;
  method: string;
  url: string;
  status: number;
}

export interface StrictLimitServer {
  url: string;
  arrivals: Arrival[];
  /** How many requests were answered 429. */
  rejected(): number;
  close(): Promise<void>;
}

/** The cursor of page `n`: it holds `+`, `/` and `=`, so a client that does not encode it loses it. */
export function cursorOf(page: number): string {
  return `c+${page}/x==`;
}

export function userOf(index: number) {
  return {
    id: String(9_000_000_000_000_000_000n + BigInt(index)),
    emailAddress: `user${index}@example.com`,
    firstName: "User",
    lastName: String(index),
  };
}

export async function startStrictLimitServer(options: StrictLimitOptions = {}): Promise<StrictLimitServer> {
  const { limit = 3, windowMs = 1000, users = 600, pageSize = 100 } = options;
  const arrivals: Arrival[] = [];
  let rejected = 0;

  const page = (cursor: string | undefined) => {
    const number = cursor === undefined ? 0 : Number(/^c\+(\d+)\/x==$/.exec(cursor)?.[1] ?? Number.NaN);
    if (Number.isNaN(number)) return undefined;
    const start = number * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, users - start)) }, (_, i) =>
      userOf(start + i),
    );
    const more = start + pageSize < users;
    return {
      requestId: `page-${number}`,
      records: {
        totalRecords: users,
        currentPageSize: items.length,
        currentPageNumber: number,
        ...(more ? { cursor: cursorOf(number + 1) } : {}),
      },
      users: items,
    };
  };

  const answer = async (req: IncomingMessage): Promise<[number, unknown]> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/v2/users") {
      const body = page(url.searchParams.get("cursor") ?? undefined);
      return body ? [200, body] : [400, { requestId: "bad-cursor", errors: ["Invalid cursor"] }];
    }
    if (req.method === "POST" && url.pathname === "/v2/users/extensive") {
      let text = "";
      for await (const chunk of req) text += chunk;
      const body = page((JSON.parse(text || "{}") as { cursor?: string }).cursor);
      return body ? [200, body] : [400, { requestId: "bad-cursor", errors: ["Invalid cursor"] }];
    }
    const user = /^\/v2\/users\/(\d+)$/.exec(url.pathname);
    if (req.method === "GET" && user)
      return [200, { requestId: "user", user: { ...userOf(0), id: user[1] } }];
    return [404, { requestId: "not-found", errors: ["Not found"] }];
  };

  const server = createServer((req, res) => {
    const at = performance.now();
    const recent = arrivals.filter((a) => a.at > at - windowMs).length;
    const arrival: Arrival = { at, method: req.method ?? "", url: req.url ?? "", status: 0 };
    arrivals.push(arrival);
    if (recent >= limit) {
      rejected++;
      arrival.status = 429;
      send(
        res,
        429,
        { requestId: "rate-limited", errors: ["API request limit exceeded"] },
        { "retry-after": "1" },
      );
      return;
    }
    answer(req).then(
      ([status, body]) => {
        arrival.status = status;
        send(res, status, body);
      },
      () => {
        arrival.status = 500;
        send(res, 500, { requestId: "error", errors: ["Unexpected error"] });
      },
    );
  });
  const url = await listenLocal(server);
  return {
    url,
    arrivals,
    rejected: () => rejected,
    close: closerOf(server),
  };
}
