// Stricter consumers than the release check's: the packed packages' declarations type-check under
// nodenext (Node's types, no DOM) and bundler (DOM, no Node types) resolution, each with
// verbatimModuleSyntax, exactOptionalPropertyTypes and skipLibCheck false, by the pinned TypeScript 5.9
// (the generator needs it) and by the newest major a user may have (TypeScript 7).
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runCommand } from "@gongkit/release-check/src/run-command.ts";
import type { CheckResult } from "../scenario/scenario.ts";

const require = createRequire(import.meta.url);
const usageFile = new URL(
  "consumer/usage.ts",
  `file://${dirname(require.resolve("@gongkit/release-check/package.json"))}/`,
);
const scenarioDir = new URL("../scenario/", import.meta.url);

const strict = {
  target: "ES2022",
  strict: true,
  verbatimModuleSyntax: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  skipLibCheck: false,
  noEmit: true,
};

/** Each consumer: its resolution, and the environment's types (a Node service, a bundled web app). */
export const typeConsumers = {
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022"], types: ["node"] },
  bundler: { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"], types: [] },
} as const;

const compilers = {
  "TypeScript 5.9": join(dirname(require.resolve("typescript/package.json")), "bin", "tsc"),
  "TypeScript 7": join(dirname(require.resolve("typescript-7/package.json")), "bin", "tsc"),
};

/** Writes the consumer sources (the release check's usage file, the scenario) and a tsconfig per consumer. */
async function writeConsumers(projectDir: string): Promise<string> {
  const dir = join(projectDir, "types");
  await mkdir(join(dir, "src"), { recursive: true });
  await copyFile(usageFile, join(dir, "src", "usage.ts"));
  for (const name of ["scenario.ts", "fixtures.ts"])
    await copyFile(new URL(name, scenarioDir), join(dir, "src", name));
  for (const [name, options] of Object.entries(typeConsumers)) {
    const config = { compilerOptions: { ...strict, ...options }, include: ["src"] };
    await writeFile(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  }
  return dir;
}

export async function typeCheckConsumers(
  projectDir: string,
): Promise<{ name: string; results: CheckResult[]; took: string }[]> {
  const dir = await writeConsumers(projectDir);
  return Promise.all(
    Object.entries(compilers).map(async ([name, tsc]) => {
      const started = performance.now();
      const version = (await runCommand(process.execPath, [tsc, "--version"], { cwd: dir })).output;
      const results: CheckResult[] = [];
      for (const consumer of Object.keys(typeConsumers)) {
        const { code, output } = await runCommand(
          process.execPath,
          [tsc, "-p", `tsconfig.${consumer}.json`],
          {
            cwd: dir,
          },
        );
        const check = `${consumer} consumer, verbatimModuleSyntax + exactOptionalPropertyTypes + skipLibCheck false`;
        results.push({ check, ok: code === 0, detail: code === 0 ? "no errors" : output.slice(0, 3000) });
      }
      const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
      return { name: `types: ${name} (${version.replace("Version ", "")})`, results, took };
    }),
  );
}
