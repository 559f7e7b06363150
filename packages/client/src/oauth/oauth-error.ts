import { GongError } from "../errors.js";

/** What to do about each of Gong's OAuth errors (RFC 6749 5.2), said in the error's message. */
const ADVICE: Record<string, string> = {
  invalid_grant:
    "the code or refresh token was used already, expired or was revoked (Gong's refresh tokens are single-use): the customer must authorize the app again",
  invalid_client: "Gong did not accept the app's client id and secret: check them",
  unauthorized_client: "the app may not use this grant: check its settings in Gong",
  invalid_scope: "a requested scope is not one the app has: check the app's scopes in Gong",
  invalid_request: "the token request is malformed",
  connection_failed: "try again later",
};

export interface GongOAuthErrorInit {
  /** The token endpoint's HTTP status (undefined when it was not reached). */
  status: number | undefined;
  /** Gong's `error` (`invalid_grant`, …). */
  error: string;
  /** Gong's `error_description`. */
  description: string | undefined;
  /** Values (the client secret, codes, tokens) that must not appear in the error. */
  hidden: readonly string[];
}

/**
 * Gong's token endpoint refused a code or a refresh token (or could not be reached). `error` and
 * `errorDescription` are Gong's; the message says what to do. No secret, code or token is ever in it.
 */
export class GongOAuthError extends GongError {
  /** The token endpoint's HTTP status; undefined when it was not reached. */
  readonly status: number | undefined;
  /** Gong's OAuth error code: `invalid_grant`, `invalid_client`, … */
  readonly error: string;
  /** Gong's `error_description`, with any secret it quoted taken out. */
  readonly errorDescription: string | undefined;

  constructor({ status, error, description, hidden }: GongOAuthErrorInit) {
    const redact = (text: string) =>
      hidden.reduce((out, secret) => (secret.length >= 4 ? out.split(secret).join("[redacted]") : out), text);
    const code = redact(error);
    const said = description === undefined ? undefined : redact(description);
    const advice = ADVICE[code] ?? "see errorDescription";
    super(
      `Gong's OAuth token endpoint refused the request (${status ?? "no answer"} ${code}${said ? `: ${said}` : ""}): ${advice}`,
    );
    this.status = status;
    this.error = code;
    this.errorDescription = said;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), error: this.error, errorDescription: this.errorDescription };
  }
}
GongOAuthError.prototype.name = "GongOAuthError";
