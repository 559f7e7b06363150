import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The tests run the built `gong` (dist/bin.js): a missing or stale build stops them at once.
    globalSetup: ["test/support/built.ts"],
    // The built `gong` against a simulator, at Gong's 3 requests per second in its client: runs take seconds.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
