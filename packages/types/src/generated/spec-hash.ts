// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

/** SHA-256 of the bundled spec these types were generated from. */
export const specSha256 = "ee389587aba8f824f377acd087ad9be124826bcad5dc695606de8d952491f257";
