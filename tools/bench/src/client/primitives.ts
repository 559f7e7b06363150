// What single steps of a request path cost on this Node, measured alone: the building blocks that
// openapi-fetch and the client's transport run once per call.
import { Bench } from "tinybench";
import { AUTHORIZATION, RESPONSE_HEADERS, USER_BODY, USER_PATH } from "./user-fixture.ts";

export interface PrimitiveCost {
  name: string;
  /** Median time of one step, in microseconds. */
  medianUs: number;
}

const url = `http://127.0.0.1:1${USER_PATH}`;
const headerRecord = {
  accept: "application/json",
  authorization: AUTHORIZATION,
  "x-gongkit-client": "@gongkit/client/0.0.0",
};
const request = new Request(url, { headers: headerRecord });
const bytes = new TextEncoder().encode(USER_BODY).buffer;

export async function measurePrimitives(timeMs: number): Promise<PrimitiveCost[]> {
  const bench = new Bench({ time: timeMs, warmupTime: 50, throws: true });
  bench
    .add("new Headers(record of 3)", () => {
      new Headers(headerRecord);
    })
    .add("new Headers(request.headers) + set()", () => {
      const headers = new Headers(request.headers);
      headers.set("authorization", AUTHORIZATION);
    })
    .add("new Request(url, { headers })", () => {
      new Request(url, { headers: headerRecord });
    })
    .add("new Request(request, { headers, signal })", () => {
      new Request(request, { headers: request.headers, signal: new AbortController().signal });
    })
    .add("AbortController + setTimeout + listener, undone", () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      const onAbort = () => controller.abort();
      request.signal.addEventListener("abort", onAbort, { once: true });
      clearTimeout(timer);
      request.signal.removeEventListener("abort", onAbort);
    })
    .add("new Response(body, { headers }).json()", async () => {
      await new Response(USER_BODY, { headers: RESPONSE_HEADERS }).json();
    })
    .add("new Response(body).arrayBuffer() + new Response(bytes, new Headers(...))", async () => {
      const original = new Response(USER_BODY, { headers: RESPONSE_HEADERS });
      const buffer = await original.arrayBuffer();
      const headers = new Headers(original.headers);
      headers.set("content-length", String(buffer.byteLength));
      new Response(buffer, { status: 200, headers });
    })
    .add("TextDecoder.decode + JSON.parse of the body", () => {
      JSON.parse(new TextDecoder().decode(bytes));
    });
  const tasks = await bench.run();
  return tasks.map((task) => {
    if (task.result.state !== "completed") throw new Error(`${task.name}: ${task.result.state}`);
    return { name: task.name, medianUs: task.result.latency.p50 * 1000 };
  });
}
