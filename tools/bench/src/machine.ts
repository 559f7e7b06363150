// The machine and tool versions a run was taken on, for the report.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

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
      "turborepo-remote-cache": versionOf("turborepo-remote-cache"),
    },
  };
}
