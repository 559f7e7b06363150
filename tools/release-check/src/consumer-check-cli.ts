// pnpm consumer:check — packs the published packages and runs the consumer check on them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consumerCheck } from "./consumer-check.ts";
import { packPackages } from "./pack-packages.ts";

const packDir = await mkdtemp(join(tmpdir(), "gongkit-pack-"));
try {
  const result = await consumerCheck(await packPackages(packDir));
  console.log(result.log.join("\n\n"));
  console.log(result.ok ? "consumer check: ok" : "consumer check: FAILED");
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await rm(packDir, { recursive: true, force: true });
}
