// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

/** SHA-256 of the bundled spec these types were generated from. */
export const specSha256 = "5869059d6ca0bbedd38825234a192ee747ab333ce1dde9da89febf846caddeb4";
