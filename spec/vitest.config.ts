import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The lint-rule tests run `redocly lint` on a copy of spec/: seconds each on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
