// The machine and tool versions a run was taken on, for the report.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  versions: Record<string, string>;
}

const require = createRequire(import.meta.url);

function versionOf(name: string, from = require): string {
  try {
    return (JSON.parse(readFileSync(from.resolve(`${name}/package.json`), "utf8")) as { version: string })
      .version;
  } catch {
    return versionFromEntry(name, from);
  }
}

/** For a package whose `exports` hide package.json: walk up from its entry point to its manifest. */
function versionFromEntry(name: string, from: NodeJS.Require): string {
  try {
    for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, "package.json");
      if (!existsSync(manifest)) continue;
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version: string };
      if (parsed.name === name) return parsed.version;
    }
    return "not installed";
  } catch {
    return "not installed";
  }
}

/** pnpm's version from the user agent it gives its scripts ("pnpm/10.34.9 npm/? node/v24..."). */
function pnpmVersion(): string {
  return /pnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? "")?.[1] ?? "unknown (not run by pnpm)";
}

export function describeMachine(repoRoot: string): Machine {
  const cpu = cpus();
  const root = createRequire(join(repoRoot, "package.json"));
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${process.arch}`,
    versions: {
      node: process.versions.node,
      pnpm: pnpmVersion(),
      turbo: versionOf("turbo", root),
      typescript: versionOf("typescript"),
      "openapi-fetch": versionOf("openapi-fetch"),
      axios: versionOf("axios"),
      "openapi-typescript": versionOf("openapi-typescript"),
      "@redocly/cli": versionOf("@redocly/cli"),
      tinybench: versionOf("tinybench"),
      "size-limit": versionOf("size-limit"),
      "turborepo-remote-cache": versionOf(
        "turborepo-remote-cache",
        createRequire(require.resolve("@gongkit/remote-cache")),
      ),
    },
  };
}
