// The uploads section at one size: a file streamed from disk by `calls.addMedia` raises the child's
// peak RSS by less than half the file, and the same file read into memory first by at least 0.8 of it
// (so the first assertion can fail if the client starts buffering). No timing is asserted. 128 MiB,
// not less: V8's young generation alone grows by some 25–45 MiB during an upload of any size.
import { describe, expect, it } from "vitest";
import { uploadLine, uploadSection, uploadVerdict } from "../src/report/sections.ts";
import { measureUploadMemory, type UploadMemory } from "../src/upload/upload-memory.ts";

const MIB = 2 ** 20;

describe("an upload's memory, at a small scale", () => {
  it("stays under half the file streamed from disk, and grows by the file read into memory first", async () => {
    const bytes = 128 * MIB;
    const memory = await measureUploadMemory(bytes);
    expect(memory.streamed.received).toBeGreaterThan(bytes);
    expect(memory.inMemory.received).toBe(memory.streamed.received);
    expect(memory.streamed.growthMiB).toBeLessThan(bytes / MIB / 2);
    expect(memory.inMemory.growthMiB).toBeGreaterThanOrEqual(0.8 * (bytes / MIB));
  });
});

describe("the uploads section", () => {
  const run = (bytes: number, streamed: number, inMemory: number): UploadMemory => ({
    bytes,
    streamed: { growthMiB: streamed, ms: 2_500, mbPerS: 412.4, received: bytes + 192 },
    inMemory: { growthMiB: inMemory, ms: 9_000, mbPerS: 119, received: bytes + 192 },
  });

  it("prints one line per file", () => {
    expect(uploadLine(run(2 ** 30, 23.44, 1031.2))).toBe(
      "uploads: 1 GiB file: peak RSS +23.4 MiB (bound 64 MiB: met), 412 MB/s; read into memory first: +1,031.2 MiB",
    );
    expect(uploadLine(run(64 * MIB, 64.5, 256))).toContain("(bound 64 MiB: NOT met)");
  });

  it("meets the goal only when every file is within the bound, and says which are not", () => {
    const met = { boundMiB: 64, runs: [run(64 * MIB, 30, 256), run(2 ** 30, 41.5, 4100)] };
    expect(uploadVerdict(met).met).toBe(true);
    expect(uploadSection(met)).toContain("Measured at most +41.5 MiB (the 1 GiB file): met.");
    const over = { boundMiB: 64, runs: [run(64 * MIB, 30, 256), run(2 ** 30, 80, 4100)] };
    expect(uploadVerdict(over).over.map((r) => r.bytes)).toEqual([2 ** 30]);
    expect(uploadSection(over)).toContain("NOT met (1 GiB: +80.0 MiB)");
  });
});
