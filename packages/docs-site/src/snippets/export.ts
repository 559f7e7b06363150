import { exportGong, GongExportStopped } from "@gongkit/cli";

// The engine of `gong export` as a library: the same files, state and guarantees as the command.
export async function nightlyExport(): Promise<void> {
  try {
    const result = await exportGong({
      client: {
        auth: {
          accessKey: process.env.GONG_ACCESS_KEY!,
          accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
        },
      },
      out: "./gong",
      from: new Date("2026-01-01"),
      onProgress: (p) => console.error(`${p.records.calls} calls, ${p.requests} requests`),
    });
    console.log(`${result.records.calls} calls, ${result.requests} requests, ${result.restarts} restarts`);
  } catch (error) {
    // Gong's daily quota is spent: the state is saved, and the same call resumes after resumeAt.
    if (error instanceof GongExportStopped) console.error(`resume after ${error.resumeAt.toISOString()}`);
    else throw error;
  }
}
