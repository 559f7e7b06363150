// `pnpm bench`'s "uploads" section: the peak RSS a streamed `calls.addMedia` adds, file by file, with
// the same file read into memory first as the control.
import { uploadLine } from "../report/sections.ts";
import { fileSize } from "../report/table.ts";
import { measureUploadMemory, UPLOAD_BOUND_MIB, type UploadMemory } from "./upload-memory.ts";

export interface UploadBench {
  boundMiB: number;
  runs: UploadMemory[];
}

/** The claim's sizes, in MiB: 64 MiB, 256 MiB and 1 GiB. */
export const UPLOAD_BENCH_SIZES_MIB: readonly number[] = [64, 256, 1024];

export async function runUploadBench(
  sizesMiB: readonly number[] = UPLOAD_BENCH_SIZES_MIB,
  log: (line: string) => void = () => {},
): Promise<UploadBench> {
  const runs: UploadMemory[] = [];
  for (const size of sizesMiB) {
    const bytes = size * 2 ** 20;
    log(`uploads: ${fileSize(bytes)} file, streamed, then read into memory first...`);
    const run = await measureUploadMemory(bytes);
    log(uploadLine(run));
    runs.push(run);
  }
  return { boundMiB: UPLOAD_BOUND_MIB, runs };
}
