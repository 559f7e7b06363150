import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ from the current sources once, so every test sees the site `pnpm build` makes.
    globalSetup: ["test/support/build-site.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
