// What `gong` exits with, and how it reports an error: one line on a terminal, one JSON object otherwise.
import {
  GongAuthenticationError,
  GongError,
  GongForbiddenError,
  GongInvalidArgumentError,
  GongNotFoundError,
  GongRateLimitError,
} from "@gongkit/client";
import { MissingCredentialsError } from "./credentials.js";
import { GongExportStopped } from "./export/export-gong.js";
import { UsageError } from "./parse.js";

export const EXIT = { ok: 0, api: 1, usage: 2, auth: 3, notFound: 4, rateLimited: 5 } as const;

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof GongInvalidArgumentError) return EXIT.usage;
  if (error instanceof MissingCredentialsError) return EXIT.auth;
  if (error instanceof GongAuthenticationError || error instanceof GongForbiddenError) return EXIT.auth;
  if ((error as Error)?.name === "GongOAuthError") return EXIT.auth;
  if (error instanceof GongNotFoundError) return EXIT.notFound;
  if (error instanceof GongRateLimitError || error instanceof GongExportStopped) return EXIT.rateLimited;
  return EXIT.api;
}

/** The error as stderr shows it. Gong's errors never hold a credential; other errors show only their message. */
export function formatError(error: unknown, terminal: boolean): string {
  const code = exitCodeOf(error);
  const { name = "Error", message = String(error) } = (error ?? {}) as { name?: string; message?: string };
  const hint =
    error instanceof UsageError && error.command
      ? ` (gong ${error.command.resource} ${error.command.name} --help)`
      : "";
  if (terminal) return `gong: ${message}${hint}\n`;
  const fields = error instanceof GongError ? error.toJSON() : { name, message };
  return `${JSON.stringify({ error: { ...fields, exitCode: code } })}\n`;
}
