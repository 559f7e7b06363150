// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

/** SHA-256 of the bundled spec these types were generated from. */
export const specSha256 = "efa61f643d44dab0c558bd7010e72d26d960f21860ab35c1b471f5a19a2e8fe2";
