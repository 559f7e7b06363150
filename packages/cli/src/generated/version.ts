// Generated from @gongkit/cli's package.json by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

/** This package's version (`gong --version`). */
export const CLI_VERSION = "0.0.0";
