// Emits @gongkit/client's OAuth scopes (src/generated/scopes.ts) from the spec's OAuth security scheme, so
// that a misspelt scope in `authorizationUrl({ scopes })` is a type error.
import { HEADER_NOTE } from "./generate-resources.ts";

interface ScopesDocument {
  components?: {
    securitySchemes?: Record<
      string,
      { type?: string; flows?: Record<string, { scopes?: Record<string, string> }> }
    >;
  };
}

/** The scopes of every OAuth 2 scheme's flows, in the spec's order, each with its description. */
export function oauthScopes(doc: ScopesDocument): [scope: string, description: string][] {
  const scopes = new Map<string, string>();
  for (const scheme of Object.values(doc.components?.securitySchemes ?? {})) {
    if (scheme.type !== "oauth2") continue;
    for (const flow of Object.values(scheme.flows ?? {})) {
      for (const [scope, description] of Object.entries(flow.scopes ?? {})) scopes.set(scope, description);
    }
  }
  return [...scopes];
}

export function generateScopes(doc: ScopesDocument, source: string): string {
  const scopes = oauthScopes(doc);
  if (scopes.length === 0) throw new Error("the spec declares no OAuth scopes");
  const lines = [
    `// Generated from ${source} by tools/client-codegen. ${HEADER_NOTE}`,
    "// Regenerate with `pnpm generate`.",
    "",
    "/** Gong's OAuth scopes, as the spec's OAuth security scheme lists them. */",
    "export type GongScope =",
    ...scopes.map(
      ([scope, description], i) =>
        `  /** ${description.replace(/\*\//g, "* /")} */\n  | ${JSON.stringify(scope)}${i === scopes.length - 1 ? ";" : ""}`,
    ),
    "",
    "/** Every scope, for checks at run time. */",
    `export const GONG_SCOPES: readonly GongScope[] = ${JSON.stringify(scopes.map(([scope]) => scope))};`,
    "",
  ];
  return lines.join("\n");
}
