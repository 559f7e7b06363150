import { defineConfig } from "vitest/config";

// Each test bundles the 53-operation spec twice and runs `redocly diff`: 5 s apiece idle, over a minute on a
// busy 2-core machine.
export default defineConfig({ test: { testTimeout: 180_000 } });
