// @gongkit/client/oauth: a Gong OAuth app's token exchange and rotating refresh, and sessions that refresh
// by themselves. A separate entry point: createGongClient alone does not carry it.
export type { GongScope } from "../generated/scopes.js";
export { GONG_SCOPES } from "../generated/scopes.js";
export {
  createGongOAuth,
  GONG_AUTHORIZE_URL,
  GONG_TOKEN_URL,
  type GongOAuth,
  type GongOAuthOptions,
} from "./create-gong-oauth.js";
export { GongOAuthError } from "./oauth-error.js";
export type { GongOAuthSession, GongOAuthSessionOptions } from "./session.js";
export { type GongTokenStore, memoryTokenStore } from "./token-store.js";
export type { GongTokens } from "./tokens.js";
