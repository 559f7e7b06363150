// The calls under comparison: one "Retrieve user" each, parsed to the same object. Every contender
// is given the same fetch, so only its own per-call work differs.
import { createGongClient } from "@gongkit/client";
import type { paths } from "@gongkit/types";
import type { AxiosInstance } from "axios";
import createClient from "openapi-fetch";
import { fetchLight, LightRequest } from "./light-request.ts";
import { AUTHORIZATION, CREDENTIALS, USER_ID, USER_PATH } from "./user-fixture.ts";

export interface Contender {
  name: string;
  /** One call; resolves to the parsed body. */
  call: () => Promise<unknown>;
  /** A line for the output: what this contender is, exactly. */
  note: string;
}

export interface Target {
  baseUrl: string;
  fetch: typeof fetch;
  axios: AxiosInstance;
  axiosNote: string;
}

const HEADERS = { accept: "application/json", authorization: AUTHORIZATION };

export const RAW_FETCH = "raw fetch";
export const OPENAPI_FETCH = "openapi-fetch";
export const AXIOS = "axios";
export const GONGKIT = "gong.users.get";

/** The four the issue compares: the client, and each peer doing the same call by hand. */
export function peerContenders(target: Target): Contender[] {
  const url = `${target.baseUrl}${USER_PATH}`;
  const openapi = createClient<paths>({ baseUrl: target.baseUrl, fetch: target.fetch, headers: HEADERS });
  const gong = createGongClient({
    auth: CREDENTIALS,
    baseUrl: target.baseUrl,
    rateLimit: false,
    fetch: target.fetch,
  });
  return [
    {
      name: RAW_FETCH,
      note: "fetch(url, { headers }), status check, res.json()",
      async call() {
        const response = await target.fetch(url, { headers: HEADERS });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      },
    },
    {
      name: OPENAPI_FETCH,
      note: "createClient<paths>({ baseUrl, fetch, headers }) once, then GET('/v2/users/{id}')",
      async call() {
        const { data, error } = await openapi.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
        if (error !== undefined) throw new Error("openapi-fetch returned an error");
        return data;
      },
    },
    {
      name: AXIOS,
      note: target.axiosNote,
      async call() {
        return (await target.axios.get(USER_PATH)).data;
      },
    },
    {
      name: GONGKIT,
      note: "createGongClient({ auth, baseUrl, rateLimit: false, fetch }) once, then users.get(id); retries and timeout on",
      call: () => gong.users.get(USER_ID),
    },
  ];
}

/** Variants that take openapi-fetch's and the client's per-call steps one at a time. */
export function breakdownContenders(target: Target): Contender[] {
  const url = `${target.baseUrl}${USER_PATH}`;
  const gong = createGongClient({
    auth: CREDENTIALS,
    baseUrl: target.baseUrl,
    rateLimit: false,
    fetch: target.fetch,
  });
  const withMiddleware = createGongClient({
    auth: CREDENTIALS,
    baseUrl: target.baseUrl,
    rateLimit: false,
    fetch: target.fetch,
  });
  withMiddleware.use({ onRequest: () => undefined });
  const noRetries = createGongClient({
    auth: CREDENTIALS,
    baseUrl: target.baseUrl,
    rateLimit: false,
    maxRetries: 0,
    fetch: target.fetch,
  });
  // A limit no benchmark reaches: every slot is free, so this prices the limiter's bookkeeping alone.
  const withLimiter = createGongClient({
    auth: CREDENTIALS,
    baseUrl: target.baseUrl,
    rateLimit: { requestsPerSecond: 1e9 },
    fetch: target.fetch,
  });
  const openapiVia = (fetchImpl: (request: Request) => Promise<Response>, extra: object = {}) => {
    const client = createClient<paths>({
      baseUrl: target.baseUrl,
      fetch: fetchImpl,
      headers: HEADERS,
      ...extra,
    });
    return async () => {
      const { data, error } = await client.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
      if (error !== undefined) throw new Error("openapi-fetch returned an error");
      return data;
    };
  };
  const json = async (response: Response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
  return [
    {
      name: "fetch(new Request(url, init))",
      note: "raw fetch, but handed a Request built first, as openapi-fetch does",
      call: async () => json(await target.fetch(new Request(url, { headers: new Headers(HEADERS) }))),
    },
    {
      name: "fetch + text() + JSON.parse",
      note: "raw fetch, body read as text then parsed (openapi-fetch's path when there is no Content-Length)",
      async call() {
        const response = await target.fetch(url, { headers: HEADERS });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return JSON.parse(await response.text());
      },
    },
    {
      name: "openapi-fetch, light Request class",
      note: "openapi-fetch given a Request class that only keeps url and init, sent as fetch(url, init)",
      call: openapiVia(fetchLight(target.fetch) as never, { Request: LightRequest }),
    },
    {
      name: "openapi-fetch + Request copy",
      note: "openapi-fetch whose fetch first copies the Request with new headers and signal, as the client's transport does",
      call: openapiVia((request) =>
        target.fetch(
          new Request(request, {
            headers: new Headers(request.headers),
            signal: new AbortController().signal,
          }),
        ),
      ),
    },
    {
      name: "openapi-fetch + timeout timer",
      note: "openapi-fetch whose fetch arms an AbortController, a setTimeout and an abort listener per call, then undoes them",
      call: openapiVia(async (request) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        const onAbort = () => controller.abort();
        request.signal.addEventListener("abort", onAbort, { once: true });
        try {
          return await target.fetch(request);
        } finally {
          clearTimeout(timer);
          request.signal.removeEventListener("abort", onAbort);
        }
      }),
    },
    {
      name: "openapi-fetch + buffered Response",
      note: "openapi-fetch whose fetch reads the body to bytes and wraps them in a new Response, as the client's transport does",
      call: openapiVia(async (request) => {
        const response = await target.fetch(request);
        const bytes = await response.arrayBuffer();
        return new Response(bytes, { status: response.status, headers: new Headers(response.headers) });
      }),
    },
    {
      name: "gong.GET",
      note: "the client's openapi-fetch API (gong.GET) through its transport, without the generated method",
      async call() {
        const { data, error } = await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
        if (error !== undefined) throw new Error("gong.GET returned an error");
        return data;
      },
    },
    {
      name: "gong.users.get, with middleware",
      note: "the client after gong.use({ onRequest }) with a no-op middleware: openapi-fetch builds a real Request again",
      call: () => withMiddleware.users.get(USER_ID),
    },
    {
      name: "gong.users.get, maxRetries 0",
      note: "the client with retries off: what the retry loop costs on success",
      call: () => noRetries.users.get(USER_ID),
    },
    {
      name: "gong.users.get, limiter on",
      note: "the client with rateLimit { requestsPerSecond: 1e9 }: the limiter's per-call cost when a slot is free",
      call: () => withLimiter.users.get(USER_ID),
    },
  ];
}

/** Fails loudly if a contender does not return the user: a broken call must never be timed. */
export async function checkContender(contender: Contender): Promise<void> {
  const body = (await contender.call()) as { user?: { id?: unknown } } | undefined;
  if (body?.user?.id !== USER_ID) throw new Error(`${contender.name} did not return user ${USER_ID}`);
}
