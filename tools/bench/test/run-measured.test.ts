import { describe, expect, it } from "vitest";
import { CommandFailed, runMeasured } from "../src/run-measured.ts";

describe("runMeasured", () => {
  it("reports the peak memory of the Node processes a command starts, children included", async () => {
    // The parent stays small; its child holds ~200 MiB: the peak must be the child's.
    const child = "const b = Buffer.alloc(200 * 2 ** 20, 1); console.log(b[0]);";
    const parent = `require("node:child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "inherit" });`;
    const result = await runMeasured(process.execPath, ["-e", parent], { cwd: process.cwd() });
    expect(result.stdout.trim()).toBe("1");
    expect(result.peakRssMiB).toBeGreaterThan(200);
    expect(result.ms).toBeGreaterThan(0);
  });

  it("fails with the command's output when it exits non-zero", async () => {
    const script = 'console.error("the reason"); process.exit(3)';
    await expect(runMeasured(process.execPath, ["-e", script], { cwd: process.cwd() })).rejects.toThrow(
      /exited 3[\s\S]*the reason/,
    );
  });
});

describe("runMeasured's time limit", () => {
  it("stops a command that runs past it and says so", async () => {
    const forever = "setInterval(() => {}, 1000)";
    const failure = runMeasured(process.execPath, ["-e", forever], { cwd: process.cwd(), timeoutMs: 300 });
    await expect(failure).rejects.toBeInstanceOf(CommandFailed);
    await expect(failure).rejects.toMatchObject({ reason: "timeout" });
  });
});
