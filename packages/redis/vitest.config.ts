import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Worker processes against a strict 3-per-second server: the runs take seconds by design, and longer on
    // two busy cores. One redis-server per test file, started and stopped by the file.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
