import { chmod, readFile, rename, writeFile } from "node:fs/promises";
import type { GongTokens } from "@gongkit/client/oauth";
import type { TokenFile } from "./app.ts";

/**
 * Tokens in a JSON file that only its owner can read, replaced atomically: a rotated refresh token must
 * never be half-written, or the customer has to authorize again.
 */
export function tokenFile(path: string): TokenFile {
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, "utf8")) as GongTokens;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async save(tokens) {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(tokens), { mode: 0o600 });
      await chmod(temp, 0o600);
      await rename(temp, path);
    },
  };
}
