// `pnpm bench`'s client section: the client against raw fetch, openapi-fetch and axios, first on a
// fetch stub that answers at once, then over a keep-alive loopback HTTP server on its own thread.
import { Agent } from "node:http";
import axios from "axios";
import {
  AXIOS,
  breakdownContenders,
  checkContender,
  GONGKIT,
  OPENAPI_FETCH,
  peerContenders,
  RAW_FETCH,
  type Target,
} from "./contenders.ts";
import {
  type ContenderResult,
  pairedRatio,
  type Ratio,
  type RoundOptions,
  runInterleaved,
} from "./interleaved.ts";
import { startLoopbackServer } from "./loopback-server.ts";
import { measurePrimitives, type PrimitiveCost } from "./primitives.ts";
import { AUTHORIZATION, stubFetch } from "./user-fixture.ts";

export interface ClientScenario {
  name: "stubbed fetch" | "loopback HTTP";
  description: string;
  results: ContenderResult[];
  ratios: Ratio[];
}

export interface ClientBench {
  scenarios: ClientScenario[];
  primitives: PrimitiveCost[];
  options: RoundOptions;
}

const HEADERS = { accept: "application/json", authorization: AUTHORIZATION };

async function scenario(
  name: ClientScenario["name"],
  description: string,
  target: Target,
  options: RoundOptions,
): Promise<ClientScenario> {
  const contenders = [...peerContenders(target), ...breakdownContenders(target)];
  for (const contender of contenders) await checkContender(contender);
  const results = await runInterleaved(contenders, options);
  const ratios = [
    pairedRatio(results, GONGKIT, OPENAPI_FETCH),
    pairedRatio(results, GONGKIT, RAW_FETCH),
    pairedRatio(results, GONGKIT, AXIOS),
    pairedRatio(results, OPENAPI_FETCH, RAW_FETCH),
    pairedRatio(results, AXIOS, RAW_FETCH),
    pairedRatio(results, "fetch(new Request(url, init))", RAW_FETCH),
    pairedRatio(results, "openapi-fetch, light Request class", RAW_FETCH),
    pairedRatio(results, "openapi-fetch + Request copy", OPENAPI_FETCH),
    pairedRatio(results, "openapi-fetch + timeout timer", OPENAPI_FETCH),
    pairedRatio(results, "openapi-fetch + buffered Response", OPENAPI_FETCH),
    pairedRatio(results, "gong.GET", OPENAPI_FETCH),
    pairedRatio(results, GONGKIT, "gong.GET"),
  ];
  return { name, description, results, ratios };
}

export async function runClientBench(options: RoundOptions): Promise<ClientBench> {
  const stubbed = await scenario(
    "stubbed fetch",
    "fetch is a function that returns a ready Response (no I/O): only each library's own work is timed",
    {
      baseUrl: "https://api.gong.io",
      fetch: stubFetch,
      axios: axios.create({
        baseURL: "https://api.gong.io",
        headers: HEADERS,
        adapter: "fetch",
        env: { fetch: stubFetch },
      }),
      axiosNote: "axios.create({ adapter: 'fetch', env: { fetch: stub } }) once, then get(path)",
    },
    options,
  );
  const server = await startLoopbackServer();
  const agent = new Agent({ keepAlive: true });
  try {
    const loopback = await scenario(
      "loopback HTTP",
      "node:http server on 127.0.0.1 (keep-alive, its own thread); every fetch-based contender uses Node's global fetch (undici)",
      {
        baseUrl: server.baseUrl,
        fetch: globalThis.fetch,
        axios: axios.create({ baseURL: server.baseUrl, headers: HEADERS, httpAgent: agent }),
        axiosNote:
          "axios.create({ httpAgent: keep-alive Agent }) once (its default node:http adapter), then get(path)",
      },
      { ...options, roundMs: options.roundMs * 2 },
    );
    return {
      scenarios: [stubbed, loopback],
      primitives: await measurePrimitives(options.roundMs * 2),
      options,
    };
  } finally {
    agent.destroy();
    await server.close();
  }
}
