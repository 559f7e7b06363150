// pnpm release:check — `changeset publish` to a throwaway local verdaccio, then install from it in a fresh
// consumer and run the consumer check there.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { consumerCheck } from "./consumer-check.ts";
import { startLocalRegistry } from "./local-registry.ts";
import { runCommand } from "./run-command.ts";
import { pnpmCommand, publishedPackages, repoRoot } from "./workspace.ts";

const registry = await startLocalRegistry();
try {
  const [pnpm, prefix] = pnpmCommand();
  const publish = await runCommand(pnpm, [...prefix, "exec", "changeset", "publish", "--no-git-tag"], {
    cwd: repoRoot,
    env: { ...process.env, ...registry.env },
  });
  console.log(
    `$ changeset publish --no-git-tag (registry ${registry.url}) -> exit ${publish.code}\n${publish.output}`,
  );
  if (publish.code !== 0) throw new Error("changeset publish failed");

  const specs: string[] = [];
  for (const { name, dir } of await publishedPackages()) {
    const { version } = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const packument = await fetch(`${registry.url}${name.replace("/", "%2f")}`).then((r) => r.json());
    if (!packument.versions?.[version]) throw new Error(`${name}@${version} is not on the local registry`);
    specs.push(`${name}@${version}`);
  }
  const result = await consumerCheck(specs, registry.env);
  console.log(result.log.join("\n\n"));
  console.log(
    result.ok ? `release check: published and installed ${specs.join(", ")}` : "release check: FAILED",
  );
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await registry.stop();
}
