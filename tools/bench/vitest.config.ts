import { defineConfig } from "vitest/config";

// Tests run real child processes (Redocly, tsc, the docs build) and hooks start real servers
// (turborepo-remote-cache): seconds each on 2 cores busy with the other packages' tests.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
