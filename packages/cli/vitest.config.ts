import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The built `gong` against a simulator that holds Gong's 3 requests per second: runs take seconds.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
