// The project the type-check stage compiles: @gongkit/client's own source, with the resource layer
// generated from a synthetic spec and @gongkit/types replaced by that spec's openapi-typescript
// output, and a consumer that calls the client. tsc checks it as an application would.
import { cp, mkdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { resourceNames } from "@gongkit/synthetic-spec";

const require = createRequire(import.meta.url);

export interface ConsumerProject {
  dir: string;
  /** Where the type-generation stage writes openapi.ts. */
  typesFile: string;
  /** Where the client-codegen stage writes resources.ts. */
  resourcesFile: string;
}

/** Calls on the first, middle and last resource, and one `@ts-expect-error` that proves the types are real. */
function consumerSource(resourceCount: number): string {
  const lines = [
    'import { createGongClient } from "./client/src/index.js";',
    "",
    'const gong = createGongClient({ auth: { accessKey: "key", accessKeySecret: "secret" } });',
  ];
  const indexes = [...new Set([0, Math.floor(resourceCount / 2), resourceCount - 1])];
  for (const index of indexes) {
    const { namespace, singular } = resourceNames(index);
    lines.push(
      `const page${index} = await gong.${namespace}.list({ limit: 10 });`,
      `const created${index} = await gong.${namespace}.create({ name: "x", status: "draft" });`,
      `const id${index}: string | undefined = created${index}.${singular}?.id;`,
      `await gong.${namespace}.update("1", { name: "y" });`,
      `await gong.${namespace}.delete("1");`,
      `const one${index} = await gong.${namespace}.get(page${index}.${namespace}?.[0]?.id ?? "1");`,
      `const name${index}: string | undefined = one${index}.${singular}?.name;`,
      `const { data: raw${index} } = await gong.GET("/v2/${namespace}/{id}", { params: { path: { id: "1" } } });`,
      `console.log(id${index}, name${index}, raw${index}?.requestId);`,
      `// @ts-expect-error ids are strings of digits, not numbers`,
      `await gong.${namespace}.get(1);`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    paths: { "@gongkit/types": ["./types/index.ts"] },
  },
  files: ["consumer.ts"],
};

export async function createConsumerProject(dir: string, resourceCount: number): Promise<ConsumerProject> {
  await rm(dir, { recursive: true, force: true });
  const clientSrc = join(dirname(require.resolve("@gongkit/client/package.json")), "src");
  await cp(clientSrc, join(dir, "client/src"), {
    recursive: true,
    filter: (source) => !source.endsWith(join("generated", "resources.ts")),
  });
  await mkdir(join(dir, "types"), { recursive: true });
  await writeFile(
    join(dir, "types/index.ts"),
    'export type { components, operations, paths } from "./openapi.js";\n',
  );
  await writeFile(join(dir, "consumer.ts"), consumerSource(resourceCount));
  await writeFile(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  await writeFile(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  // The client's one runtime dependency, resolved as the client resolves it.
  const clientRequire = createRequire(require.resolve("@gongkit/client/package.json"));
  const openapiFetch = await realpath(dirname(clientRequire.resolve("openapi-fetch/package.json")));
  await mkdir(join(dir, "node_modules"), { recursive: true });
  await symlink(openapiFetch, join(dir, "node_modules/openapi-fetch"), "dir");
  return {
    dir,
    typesFile: join(dir, "types/openapi.ts"),
    resourcesFile: join(dir, "client/src/generated/resources.ts"),
  };
}
