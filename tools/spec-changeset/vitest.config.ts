import { defineConfig } from "vitest/config";

// Each test bundles the spec twice and runs `redocly diff`: seconds apiece on a busy 2-core machine.
export default defineConfig({ test: { testTimeout: 60_000 } });
