// `gong auth`: login saves the credentials in $HOME/.config/gongkit/credentials.json (0600, in a 0700 folder),
// status names the key (never the secret), later commands use the file, the environment wins over it, and
// logout removes it.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { GongSimulator } from "@gongkit/mock-server/simulator";
import { beforeAll, describe, expect, it } from "vitest";
import { gong, stderrError, tempDir } from "./support/run-gong.ts";
import { simulator } from "./support/simulator.ts";

const KEY = "SAVEDKEY42";
const SECRET = "saved-s3cret/value+";
const ENV_KEY = "ENVKEY7";
const ENV_SECRET = "env-s3cret";

let sim: GongSimulator;

beforeAll(async () => {
  // Only the saved credentials are accepted: a request that works proves which were used.
  sim = await simulator({ calls: 0, users: 3, credentials: [{ accessKey: KEY, secret: SECRET }] });
});

const credentialsFile = (home: string) => join(home, ".config", "gongkit", "credentials.json");

describe("gong auth", () => {
  it("login, status, a command with the saved credentials, the environment first, logout", async () => {
    const home = await tempDir("gong-auth-");
    const base = { GONG_BASE_URL: sim.url };

    const login = await gong(["auth", "login", "--access-key", KEY, "--access-key-secret", SECRET], { home });
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(credentialsFile(home));
    expect(login.stdout + login.stderr).not.toContain(SECRET);
    const file = credentialsFile(home);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(home, ".config", "gongkit"))).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ accessKey: KEY, accessKeySecret: SECRET });
    expect(sim.arrivals).toHaveLength(0);

    const status = await gong(["auth", "status"], { home, env: base });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(KEY);
    expect(status.stdout).toContain(file);
    expect(status.stdout + status.stderr).not.toContain(SECRET);

    const list = await gong(["users", "list", "--all"], { home, env: base });
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((user) => user.id)).toEqual(
      sim.users.map((user) => user.id),
    );

    // The environment wins over the file: its credentials are the ones sent (and refused here).
    const env = { ...base, GONG_ACCESS_KEY: ENV_KEY, GONG_ACCESS_KEY_SECRET: ENV_SECRET };
    const envStatus = await gong(["auth", "status"], { home, env });
    expect(envStatus.stdout).toContain(`access key ${ENV_KEY} from environment`);
    expect(envStatus.stdout).not.toContain(KEY);
    const refused = await gong(["users", "list"], { home, env });
    expect(refused.code).toBe(3);
    expect(stderrError(refused).name).toBe("GongAuthenticationError");
    expect(sim.arrivals.at(-1)?.status).toBe(401);

    const logout = await gong(["auth", "logout"], { home });
    expect(logout.code).toBe(0);
    await expect(stat(file)).rejects.toMatchObject({ code: "ENOENT" });
    const without = await gong(["users", "list"], { home, env: base });
    expect(without.code).toBe(3);
    expect(stderrError(without).name).toBe("MissingCredentialsError");
    expect((await gong(["auth", "logout"], { home })).stdout).toContain("No saved credentials");
  });

  it("login takes the secret on standard input and a --base-url that later commands use", async () => {
    const home = await tempDir("gong-auth-");
    const login = await gong(["auth", "login", "--access-key", KEY, "--base-url", sim.url], {
      home,
      input: `${SECRET}\n`,
    });
    expect(login.code).toBe(0);
    expect(JSON.parse(await readFile(credentialsFile(home), "utf8"))).toEqual({
      accessKey: KEY,
      accessKeySecret: SECRET,
      baseUrl: sim.url,
    });
    const get = await gong(["users", "get", sim.users[1]!.id], { home });
    expect(get.code).toBe(0);
    expect(JSON.parse(get.stdout).user.id).toBe(sim.users[1]!.id);
  });

  it("login without a secret or token is a usage error, and saves nothing", async () => {
    const home = await tempDir("gong-auth-");
    const run = await gong(["auth", "login"], { home });
    expect(run.code).toBe(2);
    expect(stderrError(run).message).toContain("--access-key");
    await expect(stat(credentialsFile(home))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
