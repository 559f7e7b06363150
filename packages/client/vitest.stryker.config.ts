// The vitest config Stryker runs (pnpm test:mutation): the same tests, fastest file first. Stryker
// stops at a mutant's first failing test, so a mutant killed by a unit test never waits for the soak.
import { relative } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.ts";

/** Files that take seconds by design (bursts at 3 requests per second, thousands of calls, Prism). */
const SLOW = /(soak|rate-limit|retries|contract)\.test\.ts$/;

class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      const known = this.ctx.cache.getFileTestResults(key)?.duration;
      return (SLOW.test(spec.moduleId) ? 1e9 : 0) + (known ?? 0);
    };
    return [...files].sort((a, b) => duration(a) - duration(b));
  }
}

export default mergeConfig(
  base,
  defineConfig({ test: { typecheck: { enabled: false }, sequence: { sequencer: FastFirstSequencer } } }),
);
