// spec/ against Gong's own published documents (copies kept as fixtures): in step with the current one
// (July 2026), and the older one (December 2024) read as what it is, a document Gong has moved on from.
import { expect, test } from "vitest";
import { EXIT_MOVED, EXIT_UNCHANGED, runUpstream } from "../src/run-upstream.ts";
import { fixturePath } from "./fixture.ts";

async function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await runUpstream(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
  });
  return { code, stdout };
}

test("spec/ is in step with Gong's July 2026 document: every operation and path, each difference accepted", async () => {
  const { code, stdout } = await run(fixturePath("gong-openapi-2026-07.json"));
  expect(stdout).toContain("Operations: 67 in both, 0 only in Gong, 1 only in spec/.");
  expect(stdout).toMatch(/Parameter and property paths: ([\d,]+) of Gong's \1 in spec\//);
  expect(stdout).toContain("Differences: 0 new,");
  expect(stdout).toContain("Result: in step (nothing moved).");
  expect(code).toBe(EXIT_UNCHANGED);
});

test("against Gong's December 2024 document, the 15 operations added since are spec/'s own", async () => {
  const { code, stdout } = await run(fixturePath("gong-openapi-2024-12.json"));
  expect(stdout).toContain("Operations: 53 in both, 0 only in Gong, 15 only in spec/.");
  for (const added of ["PUT /v2/calls/{id}/media", "POST /v2/crm/entities", "PATCH /v2/tasks/{taskId}"]) {
    expect(stdout).toContain(`${added}: only in spec/: operation`);
  }
  expect(code).toBe(EXIT_MOVED);
});
