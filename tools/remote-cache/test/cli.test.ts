// `pnpm cache:server` prints how to point a clone at it, and never the token.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";

let child: ChildProcess | undefined;
let storage: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
  if (storage) await rm(storage, { recursive: true, force: true });
});

/** Starts the CLI and resolves its output once it has printed the instructions. */
async function startCli(env: Record<string, string>): Promise<string> {
  child = spawn(process.execPath, [new URL("../src/cli.ts", import.meta.url).pathname], {
    env: { PATH: process.env.PATH, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  const exited = once(child, "exit").then(() => {
    throw new Error(`cache:server exited: ${output}`);
  });
  const printed = new Promise<string>((resolve) => {
    child?.stdout?.on("data", () => {
      if (output.includes("pnpm build")) resolve(output);
    });
  });
  return Promise.race([printed, exited]);
}

it("keeps a new token in <storage>/.token, readable by its owner only, and prints its path, not the token", async () => {
  storage = await mkdtemp(join(tmpdir(), "gongkit-cache-cli-"));
  const output = await startCli({ STORAGE_DIR: storage });
  const tokenFile = join(storage, ".token");
  const token = await readFile(tokenFile, "utf8");
  expect(token).toMatch(/^[0-9a-f]{48}$/);
  expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
  expect(output).not.toContain(token);
  const api = /export TURBO_API=(http:\/\/127\.0\.0\.1:\d+) TURBO_TEAM=team_gongkit/.exec(output)?.[1];
  expect(api).toBeDefined();
  expect(output).toContain(`TURBO_TOKEN="$(cat ${tokenFile})"`);
  // The printed address serves turbo's API to that token: an artifact never stored is a 404, not a 401.
  const response = await fetch(`${api}/v8/artifacts/0123456789abcdef?slug=team_gongkit`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(404);
  await response.arrayBuffer();
});

it("uses TURBO_TOKEN when set, and does not print it either", async () => {
  storage = await mkdtemp(join(tmpdir(), "gongkit-cache-cli-"));
  const token = "a-team-token-from-the-environment";
  const output = await startCli({ STORAGE_DIR: storage, TURBO_TOKEN: token });
  expect(output).not.toContain(token);
  const api = /export TURBO_API=(\S+)/.exec(output)?.[1];
  const artifact = `${api}/v8/artifacts/0123456789abcdef?slug=team_gongkit`;
  const refused = await fetch(artifact, { headers: { authorization: "Bearer something-else" } });
  expect(refused.status).toBe(401);
  await refused.arrayBuffer();
  const accepted = await fetch(artifact, { headers: { authorization: `Bearer ${token}` } });
  expect(accepted.status).toBe(404);
  await accepted.arrayBuffer();
});
