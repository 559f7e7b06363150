import { defineConfig } from "vitest/config";

// The matrix itself is `pnpm test:runtimes`; these tests cover its server and checks.
export default defineConfig({ test: { include: ["test/**/*.test.ts"] } });
