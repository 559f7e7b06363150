// A browser page: runs the scenario against the API origin in `?api=`, plus a call to a path whose
// preflight the server refuses, and leaves the results on `window.__scenario` for the matrix.
import { createGongClient } from "@gongkit/client";
import { SCENARIO } from "./fixtures.js";
import { type CheckResult, runScenario } from "./scenario.js";

async function corsRefusalCheck(baseUrl: string): Promise<CheckResult> {
  const check = "CORS refusal is an error that says so, not retried";
  const auth = { accessKey: SCENARIO.accessKey, accessKeySecret: SCENARIO.accessKeySecret };
  const gong = createGongClient({ baseUrl: `${baseUrl}/no-cors`, auth });
  try {
    await gong.users.get(SCENARIO.userId);
    return { check, ok: false, detail: "resolved: the server refuses CORS on /no-cors" };
  } catch (error) {
    const { name, message } = error as Error;
    const ok = name === "GongCorsError" && /CORS/.test(message);
    return { check, ok, detail: `${name}: ${message}` };
  }
}

const output = document.querySelector("output") ?? document.body;
const baseUrl = new URL(location.href).searchParams.get("api");
const results = baseUrl
  ? [...(await runScenario(baseUrl)), await corsRefusalCheck(baseUrl)]
  : [{ check: "page", ok: false, detail: "missing ?api=" }];
output.textContent = JSON.stringify(results, null, 2);
(globalThis as { __scenario?: unknown }).__scenario = results;
