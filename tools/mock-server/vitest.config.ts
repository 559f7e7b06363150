import { defineConfig } from "vitest/config";

// The simulator's tests run real HTTP against 127.0.0.1 and wait out a real 1 s rate window: slow on busy cores.
export default defineConfig({ test: { testTimeout: 30_000 } });
