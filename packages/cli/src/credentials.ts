// Where `gong` finds Gong credentials: flags, then the environment, then what `gong auth login` saved in
// the user's config directory (a file only its owner can read).
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { GongAuth } from "@gongkit/client";
import type { ConnectionOptions } from "./parse.js";

export interface SavedCredentials {
  accessKey?: string;
  accessKeySecret?: string;
  bearerToken?: string;
  baseUrl?: string;
}

export interface ResolvedCredentials {
  auth: GongAuth;
  baseUrl: string | undefined;
  /** Where they came from, for `gong auth status`: flags, environment, or the file's path. */
  source: string;
}

/** Missing credentials: exit code 3, nothing sent. */
export class MissingCredentialsError extends Error {}
MissingCredentialsError.prototype.name = "MissingCredentialsError";

export const HOW_TO_AUTHENTICATE =
  "Set GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET (Gong: Company Settings > Ecosystem > API), or GONG_BEARER_TOKEN, or run `gong auth login`; GONG_BASE_URL sets the API host (default https://api.gong.io).";

/** `$XDG_CONFIG_HOME/gongkit/credentials.json`, else `~/.config/gongkit/credentials.json`. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "gongkit", "credentials.json");
}

export async function readSaved(path = credentialsPath()): Promise<SavedCredentials | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as SavedCredentials;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${path} could not be read as credentials: remove it and run gong auth login again`);
  }
}

/** Writes the file (mode 0600, in a 0700 folder) by a rename, so it is never seen half-written. */
export async function saveCredentials(
  credentials: SavedCredentials,
  path = credentialsPath(),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, path);
}

export async function forgetCredentials(path = credentialsPath()): Promise<boolean> {
  const existed = (await readSaved(path).catch(() => ({}))) !== undefined;
  await rm(path, { force: true });
  return existed;
}

export async function resolveCredentials(
  options: Pick<ConnectionOptions, "baseUrl" | "accessKey" | "accessKeySecret" | "bearerToken">,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedCredentials> {
  const fromFlags = pick(options.accessKey, options.accessKeySecret, options.bearerToken);
  if (fromFlags) return { auth: fromFlags, baseUrl: options.baseUrl ?? env.GONG_BASE_URL, source: "flags" };
  const fromEnv = pick(env.GONG_ACCESS_KEY, env.GONG_ACCESS_KEY_SECRET, env.GONG_BEARER_TOKEN);
  if (fromEnv) return { auth: fromEnv, baseUrl: options.baseUrl ?? env.GONG_BASE_URL, source: "environment" };
  const path = credentialsPath(env);
  const saved = await readSaved(path);
  const fromFile = saved && pick(saved.accessKey, saved.accessKeySecret, saved.bearerToken);
  if (fromFile)
    return { auth: fromFile, baseUrl: options.baseUrl ?? env.GONG_BASE_URL ?? saved?.baseUrl, source: path };
  const half = (options.accessKey ?? env.GONG_ACCESS_KEY) ? " (an access key without its secret)" : "";
  throw new MissingCredentialsError(`No Gong credentials${half}. ${HOW_TO_AUTHENTICATE}`);
}

function pick(
  key: string | undefined,
  secret: string | undefined,
  bearer: string | undefined,
): GongAuth | undefined {
  if (bearer) return { bearerToken: bearer };
  if (key && secret) return { accessKey: key, accessKeySecret: secret };
  return undefined;
}
