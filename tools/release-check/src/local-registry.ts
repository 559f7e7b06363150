import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServer } from "verdaccio";

export interface LocalRegistry {
  url: string;
  /** Environment variables that point npm and pnpm at this registry, with a publish token. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts verdaccio on 127.0.0.1 (ephemeral port, throwaway storage) with a user that may publish @gongkit/*. */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const home = await mkdtemp(join(tmpdir(), "gongkit-registry-"));
  const app = await runServer({
    self_path: home,
    storage: join(home, "storage"),
    auth: { htpasswd: { file: join(home, "htpasswd"), max_users: 10 } },
    uplinks: { npmjs: { url: "https://registry.npmjs.org/" } },
    packages: {
      "@gongkit/*": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" },
      "**": { access: "$all", proxy: "npmjs" },
    },
    logs: { type: "stdout", format: "pretty", level: "error" },
    server: { keepAliveTimeout: 1 },
  } as unknown as Parameters<typeof runServer>[0]);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(home, { recursive: true, force: true });
  };
  try {
    const response = await fetch(`${url}-/user/org.couchdb.user:gongkit`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "gongkit", password: "gongkit-local-only" }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`verdaccio refused to create a user: HTTP ${response.status}`);
    const npmrc = join(home, ".npmrc");
    await writeFile(npmrc, `registry=${url}\n${url.replace(/^http:/, "")}:_authToken=${token}\n`);
    const env = {
      ...process.env,
      NPM_CONFIG_USERCONFIG: npmrc,
      npm_config_registry: url,
      NPM_CONFIG_REGISTRY: url,
    };
    return { url, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
