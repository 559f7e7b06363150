import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // The burst and soak tests take seconds by design (3 requests per second; thousands of calls).
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
