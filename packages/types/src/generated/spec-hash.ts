// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

/** SHA-256 of the bundled spec these types were generated from. */
export const specSha256 = "f0652cbe5e6c7878ae8c64e6af58e8d7458987b3b7229ca4dd0edb25c7830205";
