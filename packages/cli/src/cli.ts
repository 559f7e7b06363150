// `gong`: reads the command line, runs it, and says how it went with an exit code (0 ok, 1 API error,
// 2 usage, 3 auth, 4 not found, 5 rate-limited after retries).
import {
  credentialsPath,
  forgetCredentials,
  HOW_TO_AUTHENTICATE,
  resolveCredentials,
  saveCredentials,
} from "./credentials.js";
import { EXIT, exitCodeOf, formatError } from "./exit-codes.js";
import { runExportCommand } from "./export/export-command.js";
import { CLI_VERSION } from "./generated/version.js";
import { commandHelp, mainHelp, resourceHelp } from "./help.js";
import type { Out } from "./output.js";
import { type GlobalOptions, parseCommandLine } from "./parse.js";
import { runCommand } from "./run-command.js";

export interface CliIo {
  out: Out;
  /** Standard error, and whether it is a terminal (errors are one line there, one JSON object otherwise). */
  err: { write(text: string): void; terminal: boolean };
  stdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    switch (parsed.kind) {
      case "version":
        await io.out.write(`${CLI_VERSION}\n`);
        return EXIT.ok;
      case "help":
        await io.out.write(
          `${parsed.command ? commandHelp(parsed.command) : parsed.resource === "auth" ? AUTH_HELP : parsed.resource ? resourceHelp(parsed.resource) : mainHelp()}\n`,
        );
        return EXIT.ok;
      case "auth":
        return await auth(parsed.action, parsed.options, io);
      case "export":
        return await runExportCommand(parsed.args, io);
      case "command":
        await runCommand(parsed, {
          out: io.out,
          progress: io.err.terminal ? (line) => io.err.write(`\r${line}`) : undefined,
          stdin: io.stdin,
          env: io.env,
        });
        return EXIT.ok;
    }
  } catch (error) {
    io.err.write(formatError(error, io.err.terminal));
    return exitCodeOf(error);
  }
}

const AUTH_HELP = `gong auth: the credentials gong uses

  gong auth login --access-key <key> --access-key-secret <secret> [--base-url <url>]
  gong auth login --bearer-token <token> [--base-url <url>]
      saves them in ${credentialsPath()} (mode 0600); flags and the environment win over it.
      The secret can also come on standard input: gong auth login --access-key <key> < secret.txt
  gong auth status   says where the credentials come from (never the secret)
  gong auth logout   removes the saved file

${HOW_TO_AUTHENTICATE}`;

async function auth(
  action: "login" | "logout" | "status",
  options: GlobalOptions,
  io: CliIo,
): Promise<number> {
  const path = credentialsPath(io.env);
  if (action === "logout") {
    const removed = await forgetCredentials(path);
    await io.out.write(removed ? `Removed ${path}\n` : `No saved credentials (${path})\n`);
    return EXIT.ok;
  }
  if (action === "status") {
    const { auth: found, baseUrl, source } = await resolveCredentials(options, io.env);
    const kind = "bearerToken" in found ? "a bearer token" : `access key ${found.accessKey}`;
    await io.out.write(`Using ${kind} from ${source}, against ${baseUrl ?? "https://api.gong.io"}\n`);
    return EXIT.ok;
  }
  let { accessKey, accessKeySecret, bearerToken, baseUrl } = options;
  if (accessKey && !accessKeySecret) accessKeySecret = (await io.stdin()).trim();
  if (!bearerToken && !(accessKey && accessKeySecret)) {
    io.err.write(
      formatError(
        new Error(
          `gong auth login needs --access-key and its secret, or --bearer-token. ${HOW_TO_AUTHENTICATE}`,
        ),
        io.err.terminal,
      ),
    );
    return EXIT.usage;
  }
  await saveCredentials(
    {
      ...(bearerToken ? { bearerToken } : { accessKey: accessKey!, accessKeySecret: accessKeySecret! }),
      ...(baseUrl ? { baseUrl } : {}),
    },
    path,
  );
  await io.out.write(`Saved to ${path} (readable by you only)\n`);
  return EXIT.ok;
}
