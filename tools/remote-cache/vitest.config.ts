import { defineConfig } from "vitest/config";

// Tests start turborepo-remote-cache and run turbo as child processes: seconds each on 2 busy cores.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
