import { defineConfig } from "vitest/config";

// Pure comparisons of small fixtures and one local node:http server: nothing slow.
export default defineConfig({ test: { testTimeout: 20_000 } });
