// `gong` in this process: standard streams wired to runCli.
import { runCli } from "./cli.js";

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

export function main(argv: string[]): Promise<number> {
  // A reader that stops early (`gong … | head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
  });
  return runCli(argv, {
    out: {
      terminal: process.stdout.isTTY === true,
      columns: process.stdout.columns ?? 120,
      write: (text) =>
        new Promise<void>((resolve) => {
          if (process.stdout.write(text)) resolve();
          else process.stdout.once("drain", resolve);
        }),
    },
    err: { terminal: process.stderr.isTTY === true, write: (text) => void process.stderr.write(text) },
    stdin: readStdin,
    env: process.env,
  });
}
