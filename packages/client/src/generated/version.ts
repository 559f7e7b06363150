// Generated from @gongkit/client's package.json by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

/** This package's version, sent in the x-gongkit-client and User-Agent headers. */
export const CLIENT_VERSION = "0.0.0";
