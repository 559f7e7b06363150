import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseAccepted } from "../src/accepted-deviations.ts";
import { EXIT_BAD_INPUT, EXIT_MOVED, EXIT_UNCHANGED, runUpstream } from "../src/run-upstream.ts";
import { fixture, fixturePath, type Json } from "./fixture.ts";

let dir: string;
let emptyAccepted: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "spec-upstream-"));
  emptyAccepted = await writeJson("accepted-empty.json", { deviations: [] });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function writeJson(name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

/** Runs the tool in-process, as `pnpm spec:upstream …` would, and collects what it prints. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runUpstream(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Gong's fixture with a parameter added, a nested property added and a type changed. */
function movedGong(): Json {
  const gong = fixture("gong.json");
  gong.paths["/v2/users"].get.parameters.push({
    name: "workspaceId",
    in: "query",
    schema: { type: "string" },
  });
  gong.components.schemas.Party.properties.title = { type: "string" };
  gong.components.schemas.Party.properties.speakerId = { type: "integer" };
  return gong;
}

test("exit 0 and 'nothing moved' when the documents agree", async () => {
  const result = await run(
    fixturePath("gong.json"),
    "--spec",
    fixturePath("spec.json"),
    "--accepted",
    emptyAccepted,
  );
  expect(result.code).toBe(EXIT_UNCHANGED);
  expect(result.stdout).toContain("Operations: 4 in both, 0 only in Gong, 0 only in spec/.");
  expect(result.stdout).toMatch(
    /Parameter and property paths: (\d+) of Gong's \1 in spec\/; 0 of spec\/'s \1 not in Gong\./,
  );
  expect(result.stdout).toContain("Result: in step (nothing moved).");
  expect(result.stderr).toBe("");
});

test("exit 1 and every difference in words, sorted, the same on every run", async () => {
  const gong = await writeJson("moved.json", movedGong());
  const first = await run(gong, "--spec", fixturePath("spec.json"), "--accepted", emptyAccepted);
  expect(first.code).toBe(EXIT_MOVED);
  const listed = first.stdout.slice(first.stdout.indexOf("New differences"));
  expect(listed.split("\n")).toEqual([
    "New differences (3):",
    "  GET /v2/users query.workspaceId: only in Gong: query parameter (string)",
    "  POST /v2/calls/extensive 200 body.calls[].parties[].speakerId: type integer in Gong, string in spec/",
    "  POST /v2/calls/extensive 200 body.calls[].parties[].title: only in Gong: property (string)",
    "",
  ]);
  expect(first.stdout).toContain("  only in Gong:    2 new, 0 accepted");
  expect(first.stdout).toContain("Result: moved.");
  const second = await run(gong, "--spec", fixturePath("spec.json"), "--accepted", emptyAccepted);
  expect(second.stdout).toBe(first.stdout);
});

test("accepted deviations turn a difference into exit 0; a glob that matches nothing any more is exit 1", async () => {
  const gong = fixture("gong.json");
  gong.components.schemas.Party.properties.speakerId = { type: "integer" };
  const gongPath = await writeJson("speaker-id.json", gong);
  const accepted = await writeJson("accepted.json", {
    deviations: [
      { kind: "type", paths: ["*.parties[].speakerId"], reason: "speaker ids are opaque strings" },
    ],
  });
  const ok = await run(gongPath, "--spec", fixturePath("spec.json"), "--accepted", accepted);
  expect(ok.code).toBe(EXIT_UNCHANGED);
  expect(ok.stdout).toContain("Differences: 0 new, 1 accepted");
  expect(ok.stdout).toContain(
    "  POST /v2/calls/extensive 200 body.calls[].parties[].speakerId: type integer in Gong, string in spec/",
  );

  const stale = await run(
    fixturePath("gong.json"),
    "--spec",
    fixturePath("spec.json"),
    "--accepted",
    accepted,
  );
  expect(stale.code).toBe(EXIT_MOVED);
  expect(stale.stdout).toContain("Accepted deviations that no longer match anything (1)");
  expect(stale.stdout).toContain("  *.parties[].speakerId [type]: speaker ids are opaque strings");
});

test("a URL is downloaded with fetch (a local node:http server)", async () => {
  const body = JSON.stringify(movedGong());
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === "/specs?version=") {
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } else {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const moved = await run(
      `${base}/specs?version=`,
      "--spec",
      fixturePath("spec.json"),
      "--accepted",
      emptyAccepted,
    );
    expect(moved.code).toBe(EXIT_MOVED);
    expect(moved.stdout).toContain(`Gong:  ${base}/specs?version= (OpenAPI 3.0.1)`);
    expect(moved.stdout).toContain("GET /v2/users query.workspaceId: only in Gong");
    const missing = await run(
      `${base}/gone`,
      "--spec",
      fixturePath("spec.json"),
      "--accepted",
      emptyAccepted,
    );
    expect(missing.code).toBe(EXIT_BAD_INPUT);
    expect(missing.stderr).toContain(`cannot download ${base}/gone: HTTP 404`);
    expect(requests).toEqual(["GET /specs?version=", "GET /gone"]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("bad input exits 2 and says what is wrong", async () => {
  const spec = ["--spec", fixturePath("spec.json"), "--accepted", emptyAccepted];
  const notJson = await writeJson("not-json.json", '{"openapi": "3.0.1", "paths": {');
  const cases: Array<[string[], string]> = [
    [[join(dir, "absent.json"), ...spec], "cannot read"],
    [[notJson, ...spec], "is not JSON"],
    [
      [fixturePath("swagger2.json"), ...spec],
      'is not an OpenAPI 3.0 or 3.1 document: "openapi" is undefined',
    ],
    [[await writeJson("no-paths.json", { openapi: "3.0.1" }), ...spec], 'it has no "paths" object'],
    [[await writeJson("array.json", []), ...spec], "not a JSON object"],
    [[fixturePath("gong.json"), "--spec", notJson, "--accepted", emptyAccepted], "is not JSON"],
    [
      [fixturePath("gong.json"), "--spec", fixturePath("spec.json"), "--accepted", notJson],
      "not a valid accepted-deviations file",
    ],
    [[], "expected one Gong document"],
    [[fixturePath("gong.json"), "--nope"], "Unknown option"],
    [["http://127.0.0.1:1/closed", ...spec], "cannot download http://127.0.0.1:1/closed"],
  ];
  for (const [args, message] of cases) {
    const result = await run(...args);
    expect({ args, code: result.code, stdout: result.stdout }).toEqual({
      args,
      code: EXIT_BAD_INPUT,
      stdout: "",
    });
    expect(result.stderr).toContain(message);
  }
});

test("a dangling $ref is bad input, not a crash", async () => {
  const gong = fixture("gong.json");
  gong.components.schemas.Call.properties.parties.items = { $ref: "#/components/schemas/Nowhere" };
  const result = await run(
    await writeJson("dangling.json", gong),
    "--spec",
    fixturePath("spec.json"),
    "--accepted",
    emptyAccepted,
  );
  expect(result.code).toBe(EXIT_BAD_INPUT);
  expect(result.stderr).toContain("$ref #/components/schemas/Nowhere points at nothing");
});

test("without --spec it compares with the bundled spec (@gongkit/spec/openapi.json) and the tool's accepted.json", async () => {
  const result = await run(fixturePath("gong.json"));
  expect(result.code).toBe(EXIT_MOVED);
  expect(result.stdout).toMatch(
    /^Gong: {2}.*gong\.json \(OpenAPI 3\.0\.1\)\nspec\/: @gongkit\/spec\/openapi\.json \(OpenAPI 3\.1\.\d\)\n/,
  );
  expect(result.stdout).toContain("GET /v2/users/{id} 200 body.user.id");
  expect(result.stdout).toMatch(/accepted \((?:tools\/spec-upstream\/)?accepted\.json\)/);
});

test("the tool's accepted.json is valid and gives every deviation a reason", async () => {
  const file = new URL("../accepted.json", import.meta.url).pathname;
  const deviations = parseAccepted(await readFile(file, "utf8"), file);
  expect(deviations.length).toBeGreaterThan(0);
  for (const deviation of deviations) expect(deviation.reason.length).toBeGreaterThan(30);
});
