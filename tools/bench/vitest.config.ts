import { defineConfig } from "vitest/config";

// The scale and build tests run real child processes (Redocly, tsc, the docs build): seconds on 2 busy cores.
export default defineConfig({ test: { testTimeout: 60_000 } });
