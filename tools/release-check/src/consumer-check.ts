import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findNodes } from "./find-nodes.ts";
import { unexpectedPackageFiles } from "./package-files.ts";
import { runCommand } from "./run-command.ts";
import { tscCommand } from "./workspace.ts";

const consumerDir = new URL("../consumer/", import.meta.url);

/** The compiler options a strict consumer uses, for each module resolution it may pick. */
const consumerTsconfigs = {
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out" },
  bundler: { module: "ESNext", moduleResolution: "Bundler", noEmit: true },
} as const;

/**
 * This process's environment without the npm_config_* / pnpm_config_* settings that pnpm exports from the
 * workspace (minimumReleaseAge, overrides, catalogs…): a consumer outside the workspace has none of them, and
 * npm run under them can stall.
 */
export function outsideWorkspaceEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_config_/i.test(name)),
  );
}

export interface ConsumerCheckResult {
  ok: boolean;
  /** What each step printed, in order, for a failure report. */
  log: string[];
}

/**
 * Installs the packages (tarballs, or names from the registry `registryEnv` points npm at) with npm into a fresh project outside the workspace, type-checks consumer/usage.ts in
 * strict mode under `nodenext` and `bundler`, and runs consumer/main.ts on every Node found.
 */
export async function consumerCheck(
  packages: string[],
  registryEnv: Record<string, string> = {},
): Promise<ConsumerCheckResult> {
  const env = { ...outsideWorkspaceEnv(), ...registryEnv };
  const project = await mkdtemp(join(tmpdir(), "gongkit-consumer-"));
  const log: string[] = [];
  const step = async (title: string, command: string, args: string[]) => {
    const { code, output } = await runCommand(command, args, { cwd: project, env });
    log.push(`$ ${title} -> exit ${code}\n${output}`);
    return code === 0;
  };
  try {
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "gongkit-consumer", private: true, type: "module" }),
    );
    await mkdir(join(project, "src"));
    for (const file of ["usage.ts", "main.ts"])
      await copyFile(new URL(file, consumerDir), join(project, "src", file));
    for (const [name, options] of Object.entries(consumerTsconfigs)) {
      const compilerOptions = {
        target: "ES2022",
        strict: true,
        skipLibCheck: false,
        types: ["node"],
        ...options,
      };
      await writeFile(
        join(project, `tsconfig.${name}.json`),
        JSON.stringify({ compilerOptions, include: ["src"] }, null, 2),
      );
    }
    const installed = await step("npm install", "npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      ...packages,
      "@types/node@24",
    ]);
    if (!installed) return { ok: false, log };
    const unexpected = await unexpectedPackageFiles(join(project, "node_modules", "@gongkit"));
    log.push(
      `published files outside README, LICENSE, package.json and dist/: ${unexpected.join(", ") || "none"}`,
    );
    if (unexpected.length > 0) return { ok: false, log };
    const [tsc, tscArgs] = tscCommand();
    let ok = true;
    for (const name of Object.keys(consumerTsconfigs)) {
      ok =
        (await step(`tsc -p tsconfig.${name}.json`, tsc, [...tscArgs, "-p", `tsconfig.${name}.json`])) && ok;
    }
    if (!ok) return { ok, log };
    for (const node of await findNodes()) {
      ok = (await step(`node ${node.version} out/main.js`, node.path, ["out/main.js"])) && ok;
    }
    return { ok, log };
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
