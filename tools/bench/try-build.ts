import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuildBench } from "./src/build/run-build-bench.ts";

const dir = await mkdtemp(join(tmpdir(), "gk-build-"));
const r = await runBuildBench("/work/main", dir, "HEAD", console.log);
console.log(JSON.stringify(r, null, 1));
