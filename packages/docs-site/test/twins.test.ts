// Files beside the pages: the bundled spec as JSON and YAML, llms.txt in the llmstxt.org shape, and a
// Markdown twin of every page with the same facts.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { distDir } from "./support/build-site.ts";
import { listFiles, readPages } from "./support/site-pages.ts";
import { operations, spec } from "./support/spec-facts.ts";

const read = (file: string) => readFile(join(distDir, file), "utf8");
let files = new Set<string>();
beforeAll(async () => {
  files = new Set(await listFiles(distDir));
});

describe("the spec beside the pages", () => {
  it("openapi.json is the bundled spec, byte for byte; openapi.yaml is the same document", async () => {
    const bundled = readFileSync(
      createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json"),
      "utf8",
    );
    expect(await read("openapi.json")).toBe(bundled);
    expect(parse(await read("openapi.yaml"))).toEqual(spec);
  });

  it("is linked from every page's header", async () => {
    for (const [file, html] of await readPages(distDir)) {
      const header = html.slice(html.indexOf('<header class="topbar">'), html.indexOf("</header>"));
      const root = file.includes("/") ? "../" : "";
      for (const name of ["openapi.json", "openapi.yaml", "llms.txt"])
        expect(header, `${file} ${name}`).toContain(`href="${root}${name}"`);
    }
  });
});

describe("llms.txt", () => {
  it("has an H1, a blockquote summary, then H2 sections of links with one-line descriptions", async () => {
    const text = await read("llms.txt");
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.slice(1).find((l) => l.trim() !== "")).toMatch(/^> \S/);
    expect(text.match(/^# /gm)).toHaveLength(1);
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.slice(0, 2)).toEqual(["Guides", "Users"]);
    expect(sections).toEqual(expect.arrayContaining(["Webhooks", "Schemas", "Optional"]));
    const body = text.slice(text.indexOf("\n## "));
    for (const line of body.split("\n").filter((l) => l !== "" && !l.startsWith("## "))) {
      expect(line).toMatch(/^- \[[^\]]+\]\([^)\s]+\)(: .+)?$/);
      const url = /\]\(([^)]+)\)/.exec(line)![1]!;
      expect(files.has(url), `llms.txt links ${url}`).toBe(true);
    }
    for (const op of operations())
      expect(text).toContain(`(reference/${op.operationId}.md): ${op.method.toUpperCase()} ${op.path}`);
    for (const guide of [
      "guides/oauth-apps.md",
      "guides/exporting.md",
      "webhooks/call.md",
      "schemas/Party.md",
    ])
      expect(text).toContain(`(${guide})`);
  });
});

describe("Markdown twins", () => {
  it("of an operation: summary, method and path, parameters, every response with fields and example, all samples", async () => {
    const md = await read("reference/getUser.md");
    expect(md).toMatch(/^# Retrieve user\n/);
    expect(md).toContain("- Method and path: `GET /v2/users/{id}`");
    expect(md).toContain("Required scope: `api:users:read`");
    expect(md).toMatch(
      /## Path parameters\n\n\| Field \| Type \| Required \| Description \|\n\| --- \| --- \| --- \| --- \|\n\| `id` \| `string` \| yes \|/,
    );
    for (const status of operations().find((op) => op.operationId === "getUser")!.statuses)
      expect(md).toMatch(new RegExp(`^### ${status} `, "m"));
    expect(md).toContain("| `user.spokenLanguages[].language` |");
    expect(md).toContain("[UserMetadata](../schemas/UserMetadata.md)");
    expect(md).toContain('"requestId": "4al018gzaztcr8nbukw"');
    expect(md).toContain("```ts\n// Retrieve user: GET /v2/users/{id}\nimport");
    expect(md).toContain("```sh\ncurl ");
    expect(md).toContain("```sh\ngong users get 234599484848423\n```");
    expect(md).toContain("Retry-After");
    expect(md).toContain("[Many workers, one limit](../guides/many-workers.md)");
  });

  it("of a schema, the webhook, a guide and the landing page", async () => {
    const party = await read("schemas/Party.md");
    expect(party).toMatch(/^# Party\n/);
    expect(party).toContain("| `emailAddress` | `string` |");
    expect(party).toContain("## Used by");
    expect(party).toContain("(../reference/listCallsExtensive.md), in 200 response");
    const webhook = await read("webhooks/call.md");
    expect(webhook).toContain("[Receiving webhooks](../guides/receiving-webhooks.md)");
    expect(webhook).toContain("gongWebhookJwt");
    expect(webhook).toContain("| `callData.parties[].emailAddress` |");
    expect(webhook).toContain('"isTest": false');
    const guide = await read("guides/uploads.md");
    expect(guide).toMatch(/^# Uploads\n/);
    expect(guide).toContain("(../reference/getRequestStatus.md)");
    expect(guide).not.toMatch(/^::/m);
    const index = await read("index.md");
    expect(index).toContain("## Paging");
    expect(index).toContain("(reference/getUser.md)");
  });

  it("link only to files of the site", async () => {
    for (const file of [...files].filter((f) => f.endsWith(".md"))) {
      const md = await read(file);
      for (const [, url] of md.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(url!) || url!.startsWith("#")) continue;
        const target = posix.normalize(posix.join(posix.dirname(file), url!.split("#")[0]!));
        expect(files.has(target), `${file} links ${url}`).toBe(true);
      }
    }
  });
});
