// `node src/simulator-cli.ts`: the stateful Gong simulator on http://127.0.0.1:4011 (PORT or --port to
// change it) until Ctrl-C, its clock following real time. Flags: --seed, --calls, --users,
// --visible-after <ms>, --daily-quota <n>, --no-rate-limit.
import { parseArgs } from "node:util";
import { startGongSimulator } from "./gong-simulator.ts";
import { isoTime } from "./simulator-clock.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4011" },
    seed: { type: "string", default: "1" },
    calls: { type: "string", default: "1000" },
    users: { type: "string", default: "120" },
    "visible-after": { type: "string", default: "0" },
    "daily-quota": { type: "string" },
    "no-rate-limit": { type: "boolean", default: false },
  },
});

/** A flag's value as a non-negative integer, or exit with what was wrong. */
function count(name: string, text: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && value >= 0) return value;
  console.error(`--${name} must be a non-negative integer, not ${text}`);
  process.exit(2);
}

const sim = await startGongSimulator({
  port: count("port", values.port),
  seed: count("seed", values.seed),
  calls: count("calls", values.calls),
  users: count("users", values.users),
  visibleAfterMs: count("visible-after", values["visible-after"]),
  followRealTime: true,
  ...(values["daily-quota"] === undefined ? {} : { dailyQuota: count("daily-quota", values["daily-quota"]) }),
  ...(values["no-rate-limit"] ? { rateLimit: false as const } : {}),
});
const listing = `fromDateTime=${sim.calls[0]?.started ?? ""}&toDateTime=${isoTime(sim.clock.now())}`;
console.log(
  [
    "",
    `Gong simulator: ${sim.calls.length} calls, ${sim.users.length} users (seed ${values.seed})`,
    `  baseUrl: ${sim.url}`,
    "  auth:    any basic key:secret, or any bearer token",
    `  try:     curl -u key:secret '${sim.url}/v2/calls?${listing}'`,
    "",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void sim.close().then(() => process.exit(0));
  });
}
