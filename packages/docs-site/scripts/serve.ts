// `pnpm docs`: builds the site, serves it on http://127.0.0.1:4800 (PORT to change it) and rebuilds
// when spec/ changes (re-linted and re-bundled by the spec package's own build) or the guide, styles
// or browser script change. A spec that fails lint leaves the last good site up.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { writeBrowserScript } from "../src/browser/transpile.ts";
import { buildSite } from "../src/build-site.ts";
import { writeSamples } from "../src/samples/write-samples.ts";
import { startStaticServer } from "../src/serve/static-server.ts";
import { watchFolders } from "../src/serve/watch.ts";
import { loadSpec } from "../src/spec/load-spec.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const outDir = process.env.DOCS_OUT_DIR ?? join(packageDir, "dist");
const specDir = join(dirname(createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json")), "..");

async function rebuild(): Promise<void> {
  const started = performance.now();
  const { doc, sha256 } = await loadSpec();
  await writeSamples(doc, join(packageDir, "src/generated/samples"));
  await writeBrowserScript(packageDir);
  const { files } = await buildSite({ doc, specSha256: sha256, outDir });
  const ms = Math.round(performance.now() - started);
  console.log(`built ${files.length} files from spec ${sha256.slice(0, 12)} in ${ms} ms`);
}

/** The spec package's `build` script: `redocly lint` then `redocly bundle` into spec/dist. */
async function bundleSpec(): Promise<boolean> {
  const child = spawn("pnpm", ["--filter", "@gongkit/spec", "run", "build"], { stdio: "inherit" });
  const [code] = await once(child, "exit");
  return code === 0;
}

async function safely(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.error(`rebuild failed, still serving the last good site: ${(error as Error).message}`);
  }
}

await rebuild();
const server = await startStaticServer(outDir, { port: Number(process.env.PORT ?? 4800) });
console.log(
  `Gong API reference: ${server.url}  (watching ${relative(process.cwd(), specDir) || "."} for changes; Ctrl-C to stop)`,
);

const watchers = [
  watchFolders([specDir], (changed) =>
    safely(async () => {
      console.log(`spec changed: ${changed.map((f) => relative(specDir, f)).join(", ")}`);
      if (await bundleSpec()) await rebuild();
      else console.error("spec lint or bundle failed: fix it and save again");
    }),
  ),
  watchFolders(
    ["content", "snippets", "assets", "browser"].map((folder) => join(packageDir, "src", folder)),
    () => safely(rebuild),
  ),
];

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    for (const watcher of watchers) watcher.close();
    await server.close();
    process.exit(0);
  });
}
