// Checks made outside the runtime, on what the server received and what the runtime printed.
import type { CheckResult } from "../scenario/scenario.ts";
import { type LoggedRequest, NO_CORS_PREFIX, SECRETS } from "./gong-server.ts";
import type { RuntimeRun } from "./runtimes.ts";

const CLIENT_ID = /^@gongkit\/client\/\d+\.\d+\.\d+/;

/** No credential in any URL the server saw, nor in anything the runtime printed. */
export function credentialCheck(requests: LoggedRequest[], output: string): CheckResult {
  const check = "no credential in a URL or in the output";
  const leaks = [
    ...requests
      .filter(({ url }) => SECRETS.some((secret) => url.includes(secret)))
      .map(({ url }) => `URL ${url.slice(0, 40)}…`),
    ...SECRETS.filter((secret) => output.includes(secret)).map(() => "a credential in the output"),
  ];
  return leaks.length === 0
    ? { check, ok: true, detail: `${requests.length} requests, ${output.length} characters of output` }
    : { check, ok: false, detail: leaks.join("; ") };
}

/**
 * The headers that reached the server. Outside browsers: x-gongkit-client and User-Agent name the client.
 * From a page: only what the API's CORS must allow anyway (Authorization), so no x-gongkit-client, and
 * the preflight asks for `authorization` alone; a refused preflight is asked once, never retried.
 */
export function headerCheck(run: RuntimeRun, requests: LoggedRequest[]): CheckResult {
  const check = "headers that reached the server";
  const problems: string[] = [];
  const api = requests.filter(({ url }) => !url.startsWith(NO_CORS_PREFIX));
  const gets = api.filter(({ method }) => method === "GET");
  if (gets.length === 0) problems.push("no GET reached the server");
  for (const { headers } of gets) {
    if (!headers.authorization) problems.push("a GET without authorization");
    if (!String(headers.accept).includes("application/json")) problems.push(`accept ${headers.accept}`);
    if (run.kind === "server") {
      if (!CLIENT_ID.test(String(headers["x-gongkit-client"])))
        problems.push(`x-gongkit-client ${headers["x-gongkit-client"]}`);
      if (!CLIENT_ID.test(String(headers["user-agent"])))
        problems.push(`user-agent ${headers["user-agent"]}`);
    } else {
      if (headers["x-gongkit-client"] !== undefined) problems.push("a page sent x-gongkit-client");
      if (CLIENT_ID.test(String(headers["user-agent"]))) problems.push("a page overrode User-Agent");
      if (headers.origin !== run.origin) problems.push(`origin ${headers.origin}`);
    }
  }
  if (run.kind === "browser") {
    const preflights = api.filter(({ method }) => method === "OPTIONS");
    if (preflights.length === 0) problems.push("no preflight: the page did not call cross-origin");
    for (const { headers } of preflights) {
      const asked = headers["access-control-request-headers"];
      if (asked !== "authorization") problems.push(`a preflight asked for "${asked}"`);
    }
    const refused = requests.filter(({ url }) => url.startsWith(NO_CORS_PREFIX));
    const count = (method: string) => refused.filter((request) => request.method === method).length;
    if (count("OPTIONS") !== 1 || count("GET") !== 0) {
      problems.push(
        `refused origin: ${count("OPTIONS")} preflights and ${count("GET")} GETs, expected 1 and 0`,
      );
    }
  }
  const summary =
    run.kind === "server"
      ? `${gets.length} GETs with x-gongkit-client and User-Agent`
      : `${gets.length} GETs, preflights ask for "authorization" only, one refused preflight not retried`;
  return problems.length === 0
    ? { check, ok: true, detail: summary }
    : { check, ok: false, detail: [...new Set(problems)].join("; ") };
}
