// What each operation of the spec adds to a consumer's bundle (issue 11: at most 80 B gzip per
// operation unless the client is tree-shakable). The client's built dist is copied with its generated
// resources.js regenerated from a cut-down spec (users.get alone, then more), and every copy is bundled
// by size-limit exactly as .size-limit.json bundles the real one: `{ createGongClient }`, rolldown, gzip.
import { execFile } from "node:child_process";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { generateResources } from "@gongkit/client-codegen";
import ts from "typescript";
import { packageBin } from "../package-bin.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL("../../", import.meta.url));

/** Issue 11's ceiling for a client that is not tree-shakable. */
export const BUDGET_PER_OPERATION_BYTES = 80;

type Document = Parameters<typeof generateResources>[0];

export interface Variant {
  name: string;
  /** Operations left in the spec the resources were generated from. */
  operations: number;
  /** createGongClient plus openapi-fetch, bundled, minified, gzipped. */
  size: number;
}

/** The same client with a part of each operation's generated code left out: what that part costs. */
export interface PartCost {
  part: string;
  /** Bytes gzip the full bundle loses without it. */
  saved: number;
}

export interface OperationGrowth {
  variants: Variant[];
  /** Least-squares slope of size over operations: bytes gzip per operation. */
  perOperation: number;
  parts: PartCost[];
}

/** The spec with only the operations whose `x-gongkit-method` `keep` accepts; emptied path items dropped. */
export function cutSpec(doc: Document, keep: (method: string) => boolean): Document {
  const paths: NonNullable<Document["paths"]> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const kept = Object.fromEntries(
      Object.entries(item).filter(([, value]) => {
        const operation = value as { "x-gongkit-method"?: unknown; responses?: unknown };
        if (typeof value !== "object" || value === null || operation.responses === undefined) return true;
        return typeof operation["x-gongkit-method"] === "string" && keep(operation["x-gongkit-method"]);
      }),
    );
    if (Object.values(kept).some((value) => (value as { responses?: unknown })?.responses !== undefined)) {
      paths[path] = kept;
    }
  }
  return { ...doc, paths };
}

/**
 * The first operation of each kind whose method needs runtime code of its own (a file upload, a records
 * upload, a job wait): kept in every variant, so that the slope prices a table entry, not that code.
 */
export function kindsOfMethod(doc: Document): string[] {
  const kinds = new Map<string, string>();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const value of Object.values(item)) {
      const operation = value as Record<string, unknown> | null;
      const name = operation?.["x-gongkit-method"];
      if (typeof name !== "string") continue;
      const upload = operation?.["x-gongkit-upload"] as { uniqueKey?: unknown } | undefined;
      if (upload !== undefined && !kinds.has(`upload:${upload.uniqueKey !== undefined}`)) {
        kinds.set(`upload:${upload.uniqueKey !== undefined}`, name);
      }
      if (operation?.["x-gongkit-wait"] !== undefined && !kinds.has("wait")) kinds.set("wait", name);
    }
  }
  return [...kinds.values()];
}

/** Every operation's `x-gongkit-method`, in document order. */
export function operationNames(doc: Document): string[] {
  return Object.values(doc.paths ?? {}).flatMap((item) =>
    Object.values(item).flatMap((value) => {
      const name = (value as { "x-gongkit-method"?: unknown } | null)?.["x-gongkit-method"];
      return typeof name === "string" ? [name] : [];
    }),
  );
}

/** Least-squares slope of `y` over `x`: the growth per unit that best fits every point, NaN for fewer than two x. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/**
 * Parts of the generated module, each removed from the full table in turn (a rewrite of the
 * generated source; the regular expressions follow tools/client-codegen's output).
 */
const PARTS: { part: string; strip: (source: string) => string }[] = [
  {
    part: "operationsMeta (gong.GET/POST passthrough: idempotency, int64 per path)",
    strip: (source) => source.replace(/(export const operationsMeta[^=]*= )\{[\s\S]*?\n\};/, "$1{};"),
  },
  {
    part: "`{ page: ..., idempotent, int64 }` meta arguments of the table",
    strip: (source) => source.replace(/, "(none|optional|required)", \{.*\}\),$/gm, ', "$1"),'),
  },
  {
    part: "path parameter rules (patterns and their wording)",
    strip: (source) =>
      source
        .replace(/^const \w+: PathParamRule = \{[\s\S]*?\n\};\n/gm, "")
        .replace(/, \[\w+(, \w+)*\], /g, ", [], "),
  },
];

/**
 * Bundles createGongClient with resources generated from the whole spec and from cut-down ones
 * (`sizes`: how many operations, in document order, always with users.get and one of each kind of
 * method: see kindsOfMethod), then prices each part.
 */
export async function measureOperationGrowth(
  counts: readonly number[] = [1, 13, 27, 53, Number.POSITIVE_INFINITY],
): Promise<OperationGrowth> {
  const doc = JSON.parse(await readFile(require.resolve("@gongkit/spec/openapi.json"), "utf8")) as Document;
  const names = operationNames(doc);
  const clientManifest = require.resolve("@gongkit/client/package.json");
  // Inside this package, so the copies resolve openapi-fetch from its node_modules as the real one does.
  const work = join(packageDir, "node_modules", ".cache", "gongkit-operation-growth");
  await rm(work, { recursive: true, force: true });
  const builds: { name: string; operations: number; dir: string; source: string }[] = [];
  const add = async (name: string, operations: number, source: string) => {
    const dir = join(work, `variant-${builds.length}`);
    // The package.json too: its `sideEffects: false` lets the bundler drop unused modules.
    await cp(join(dirname(clientManifest), "dist"), join(dir, "dist"), { recursive: true });
    await cp(clientManifest, join(dir, "package.json"));
    await writeFile(join(dir, "dist", "generated", "resources.js"), toJavaScript(source));
    builds.push({ name, operations, dir, source });
  };
  try {
    const always = ["users.get", ...kindsOfMethod(doc)];
    for (const size of [...new Set(counts.map((s) => Math.min(Math.max(always.length, s), names.length)))]) {
      const rest = names.filter((name) => !always.includes(name));
      const kept = new Set([...always, ...rest.slice(0, size - always.length)]);
      const name =
        size === always.length
          ? `${always.join(", ")} only`
          : size === names.length
            ? "all operations"
            : `${size} operations`;
      await add(name, kept.size, resourcesFor(cutSpec(doc, (method) => kept.has(method))));
    }
    const full = builds.find((build) => build.operations === names.length);
    if (full !== undefined) {
      for (const { part, strip } of PARTS) {
        const stripped = strip(full.source);
        if (stripped === full.source) throw new Error(`operation growth: found no ${part} to strip`);
        await add(`without ${part}`, full.operations, stripped);
      }
    }
    const config = join(work, ".size-limit.json");
    await writeFile(
      config,
      JSON.stringify(
        builds.map((build, i) => ({
          name: String(i),
          path: join(build.dir, "dist", "index.js"),
          import: "{ createGongClient }",
          gzip: true,
        })),
      ),
    );
    const { stdout } = await run(process.execPath, [packageBin("size-limit"), "--json", "--config", config], {
      cwd: packageDir,
    });
    const sizes = (JSON.parse(stdout) as { name: string; size: number }[]).map((check) => check.size);
    const measured = builds.map((build, i) => ({
      name: build.name,
      operations: build.operations,
      size: sizes[i]!,
    }));
    const variants = measured.filter((v) => !v.name.startsWith("without "));
    const fullSize = variants.find((v) => v.operations === names.length)?.size ?? Number.NaN;
    return {
      variants,
      perOperation: slope(variants.map((v) => ({ x: v.operations, y: v.size }))),
      parts: measured
        .filter((v) => v.name.startsWith("without "))
        .map((v) => ({ part: v.name.slice("without ".length), saved: fullSize - v.size })),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function resourcesFor(doc: Document): string {
  return generateResources(doc, {
    typesModule: "@gongkit/types",
    runtimeModule: "../resource-runtime.js",
    source: "spec/",
  });
}

/** The generated TypeScript as packages/client's build emits it (types erased, ES2022 modules). */
function toJavaScript(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    },
  }).outputText;
}
