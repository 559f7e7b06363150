import { defineConfig } from "vitest/config";

// These tests run npm, tsc and pnpm pack as real child processes: seconds apiece on a busy 2-core machine.
export default defineConfig({ test: { testTimeout: 120_000 } });
