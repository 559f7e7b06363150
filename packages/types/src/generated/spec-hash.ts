// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

/** SHA-256 of the bundled spec these types were generated from. */
export const specSha256 = "83deb12f31d4f317054767918c6c35787412cede423e4ba56758303ccefba55a";
